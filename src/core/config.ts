import { z } from 'zod';
import { ConciergeError, ERROR_CODES } from './errors';

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');
const optionalString = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === '' ? undefined : v.trim()));
const csv = z
  .string()
  .default('')
  .transform((v) =>
    v
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
  );

/** Every environment variable the bot reads; `.env.example` documents each with its default. */
export const configSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  /** Public base URL, used for webhooks and links. */
  PUBLIC_URL: optionalString,
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  DATA_DIR: z.string().default('./data'),
  MONGODB_URI: optionalString,
  MONGODB_DB: z.string().default('concierge'),
  REDIS_URL: optionalString,
  /** Signs web-chat visitor tokens. Generated and kept in DATA_DIR when unset (fine for one instance). */
  WEBCHAT_TOKEN_SECRET: optionalString,
  WEBCHAT_ALLOWED_ORIGINS: csv,
  WEBCHAT_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().positive().default(30),
  SEED_DEMO_DATA: bool.default(true),
  SHOP_POLICY_FILE: optionalString,
  /** Regular expression (a string) for the shop's order numbers; the NLU's default accepts #10234, A12345, long digits. */
  ORDER_NUMBER_PATTERN: optionalString,
  CONVERSATION_IDLE_MINUTES: z.coerce.number().int().positive().default(60),
  NLU_MODEL_FILE: z.string().default('./data/nlu-model.json'),
  HANDOFF_MISUNDERSTANDINGS: z.coerce.number().int().positive().default(3),
  HANDOFF_CLAIM_TIMEOUT_MINUTES: z.coerce.number().int().positive().default(10),
  TELEGRAM_BOT_TOKEN: optionalString,
  TELEGRAM_MODE: z.enum(['webhook', 'polling']).default('polling'),
  TELEGRAM_WEBHOOK_SECRET: optionalString,
  TELEGRAM_REGISTER_WEBHOOK: bool.default(false),
  TELEGRAM_API_ROOT: optionalString,
  MICROSOFT_APP_ID: optionalString,
  MICROSOFT_APP_PASSWORD: optionalString,
  MICROSOFT_APP_TENANT_ID: optionalString,
  MICROSOFT_APP_TYPE: z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']).default('MultiTenant'),
  BOTFRAMEWORK_EMULATOR_MODE: bool.default(false),
  SLACK_BOT_TOKEN: optionalString,
  SLACK_SIGNING_SECRET: optionalString,
  SLACK_SUPPORT_CHANNEL: optionalString,
  SLACK_API_URL: optionalString,
  PROACTIVE_OFFERS_ENABLED: bool.default(false),
  /** Seeds holdout draws and offer codes; keep it fixed so reruns of a campaign draw the same groups. */
  CAMPAIGN_SEED: z.string().min(1).default('concierge-campaigns'),
  /** 0 turns scheduled retraining off (the admin API can still retrain). */
  PROPENSITY_RETRAIN_HOURS: z.coerce.number().min(0).default(24),
  ADMIN_TOKEN: optionalString,
});

export type Config = z.infer<typeof configSchema>;

/** Parses the environment; a bad value fails with a message that names the variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = configSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new ConciergeError(ERROR_CODES.CONFIG, `invalid configuration — ${problems}`);
  }
  if (parsed.data.MONGODB_URI && !/^mongodb(\+srv)?:\/\//.test(parsed.data.MONGODB_URI)) {
    throw new ConciergeError(ERROR_CODES.CONFIG, 'invalid configuration — MONGODB_URI: must start with mongodb://');
  }
  if (parsed.data.ORDER_NUMBER_PATTERN) {
    try {
      new RegExp(parsed.data.ORDER_NUMBER_PATTERN, 'gi');
    } catch {
      throw new ConciergeError(
        ERROR_CODES.CONFIG,
        'invalid configuration — ORDER_NUMBER_PATTERN: not a valid regular expression',
      );
    }
  }
  return parsed.data;
}
