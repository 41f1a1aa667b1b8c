/** UI strings of the widget in the languages the bot speaks. */
export type UiLang = 'en' | 'zh';

export interface Strings {
  title: string;
  greeting: string;
  openChat: string;
  closeChat: string;
  unread: (n: number) => string;
  placeholder: string;
  send: string;
  typing: (title: string) => string;
  conversation: string;
  suggestions: string;
  products: string;
  agent: string;
  notSent: string;
  retrying: string;
  retry: string;
  reconnecting: string;
  online: string;
  errorTooLong: string;
  errorGeneric: string;
}

export const STRINGS: Record<UiLang, Strings> = {
  en: {
    title: 'Chat with us',
    greeting: 'Hi! I can track orders, help with returns and find products. What can I do for you?',
    openChat: 'Open chat',
    closeChat: 'Close chat',
    unread: (n) => (n === 1 ? '1 unread message' : `${n} unread messages`),
    placeholder: 'Type a message…',
    send: 'Send message',
    typing: (title) => `${title} is typing`,
    conversation: 'Conversation',
    suggestions: 'Suggested replies',
    products: 'Products',
    agent: 'Agent',
    notSent: 'Not sent.',
    retrying: 'Sending again…',
    retry: 'Retry',
    reconnecting: 'Reconnecting…',
    online: 'We usually reply instantly',
    errorTooLong: 'That message is too long (2000 characters at most).',
    errorGeneric: 'Something went wrong. Please try again.',
  },
  zh: {
    title: '在线客服',
    greeting: '您好！我可以帮您查询订单、办理退货和挑选商品。请问有什么可以帮您？',
    openChat: '打开聊天',
    closeChat: '关闭聊天',
    unread: (n) => `${n} 条未读消息`,
    placeholder: '输入消息…',
    send: '发送消息',
    typing: (title) => `${title}正在输入`,
    conversation: '对话记录',
    suggestions: '建议回复',
    products: '商品',
    agent: '人工客服',
    notSent: '未发送。',
    retrying: '正在重新发送…',
    retry: '重试',
    reconnecting: '正在重新连接…',
    online: '通常即时回复',
    errorTooLong: '消息过长（最多 2000 个字符）。',
    errorGeneric: '出了点问题，请重试。',
  },
};

/** `data-lang` wins; otherwise the browser's language; English when neither is Chinese. */
export function pickLang(attr: string | undefined, navigatorLang: string | undefined): UiLang {
  const tag = (attr || navigatorLang || 'en').toLowerCase();
  return tag.startsWith('zh') ? 'zh' : 'en';
}
