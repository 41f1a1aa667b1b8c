import type { Lang } from '../core/message';
import type { Localized } from '../store/entities';

/**
 * What the shopper hears during a handoff. Defaults below; a shop overrides any of them through the
 * `templates` dependency. Placeholders: {shop}, {hours}, {shopEmail}, {customerEmail}, {followUp}.
 */
export interface HandoffTemplates {
  connecting: Localized;
  /** Once, when the shopper writes while no agent has picked the conversation up yet. */
  waiting: Localized;
  agentJoined: Localized;
  outOfHours: Localized;
  deskUnavailable: Localized;
  timedOut: Localized;
  /** Follow-up sentence when we know the shopper's email… */
  followUpKnown: Localized;
  /** …and when we don't. */
  followUpUnknown: Localized;
  resolved: Localized;
  csatThanks: Localized;
}

export const DEFAULT_TEMPLATES: HandoffTemplates = {
  connecting: {
    en: "I'm connecting you with someone from our team. They'll reply here shortly.",
    zh: '正在为您转接{shop}的客服同事，请稍候，他们会在这里回复您。',
  },
  waiting: {
    en: 'Thanks — a member of our team will be with you shortly.',
    zh: '谢谢，客服同事马上就来。',
  },
  agentJoined: {
    en: 'A member of our team has joined the conversation.',
    zh: '客服同事已加入对话。',
  },
  outOfHours: {
    en: "Our team is available {hours}, so nobody can chat right now. {followUp} Meanwhile I'm happy to keep helping here.",
    zh: '我们的客服工作时间为 {hours}，现在暂时无人在线。{followUp}在此期间，我可以继续为您服务。',
  },
  deskUnavailable: {
    en: "Sorry, I can't reach our team right now. {followUp}",
    zh: '抱歉，暂时无法联系到客服同事。{followUp}',
  },
  timedOut: {
    en: "Sorry, no one from our team is free right now. {followUp} I'm still here if I can help.",
    zh: '抱歉，客服同事现在都在忙。{followUp}如有需要，我可以继续为您服务。',
  },
  followUpKnown: {
    en: "I've passed your request on and we'll reply by email to {customerEmail}.",
    zh: '我已记录您的请求，我们会通过邮件 {customerEmail} 回复您。',
  },
  followUpUnknown: {
    en: "I've passed your request on: leave your email address here, or write to us at {shopEmail}, and we'll get back to you.",
    zh: '我已记录您的请求：请在这里留下您的邮箱，或发送邮件至 {shopEmail}，我们会尽快回复您。',
  },
  resolved: {
    en: 'Thanks for chatting with us! How would you rate the help you got today?',
    zh: '感谢您的耐心！请为本次服务打分：',
  },
  csatThanks: {
    en: 'Thank you for your feedback!',
    zh: '感谢您的反馈！',
  },
};

export type TemplateKey = keyof HandoffTemplates;

/** Fills `{name}` placeholders; unknown names stay visible so a typo in a shop template is noticed. */
export function renderTemplate(
  templates: HandoffTemplates,
  key: TemplateKey,
  lang: Lang,
  vars: Record<string, string> = {},
): string {
  const text = templates[key][lang] ?? templates[key].en;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => vars[name] ?? whole);
}
