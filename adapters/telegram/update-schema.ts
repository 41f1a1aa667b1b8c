import { z } from 'zod';

/**
 * The parts of a Telegram Update we read, validated where the bytes enter. Objects are loose: Telegram
 * adds fields over time and the raw update is kept as `channelData`.
 */
const user = z.looseObject({
  id: z.number().int(),
  is_bot: z.boolean().optional(),
  first_name: z.string().optional(),
  username: z.string().optional(),
  language_code: z.string().optional(),
});

const chat = z.looseObject({
  id: z.number().int(),
  type: z.string(),
});

const message = z.looseObject({
  message_id: z.number().int(),
  date: z.number().int(),
  chat,
  from: user.optional(),
  text: z.string().optional(),
  caption: z.string().optional(),
});

const callbackQuery = z.looseObject({
  id: z.string(),
  from: user,
  message: z.looseObject({ message_id: z.number().int(), chat, date: z.number().int().optional() }).optional(),
  data: z.string().optional(),
});

export const telegramUpdateSchema = z.looseObject({
  update_id: z.number().int().nonnegative(),
  message: message.optional(),
  callback_query: callbackQuery.optional(),
});

export type TelegramUpdate = z.infer<typeof telegramUpdateSchema>;
export type TelegramCallbackQuery = z.infer<typeof callbackQuery>;
