/**
 * "Can I pay with Klarna?", "支持支付宝吗": which way of paying the shopper asked about, so the answer
 * can say yes or no before listing the methods. The shop's own methods are matched by their names and
 * ids; a short list of methods shops commonly do or do not take lets the bot say "no" plainly.
 */
import { escapeRegExp } from '../../commerce/catalog/text';
import type { ShopPolicy } from '../../commerce/types';
import type { Lang } from '../../core/message';
import { isQuestion, withinLength } from '../../dialogue/phrases';
import { list, localized } from '../format';
import { saysFailing } from './trouble';

interface KnownMethod {
  /** What the bot calls it in each language. */
  name: Record<Lang, string>;
  /** Lower-case forms a shopper may type. */
  forms: string[];
  /** The policy method id that covers it ("visa" is paid by "card"). */
  coveredBy?: string;
}

const KNOWN: KnownMethod[] = [
  { name: { en: 'Klarna', zh: 'Klarna' }, forms: ['klarna'] },
  { name: { en: 'Afterpay', zh: 'Afterpay' }, forms: ['afterpay', 'clearpay'] },
  { name: { en: 'Alipay', zh: '支付宝' }, forms: ['alipay', '支付宝'] },
  { name: { en: 'WeChat Pay', zh: '微信支付' }, forms: ['wechat pay', 'wechatpay', 'wechat', '微信支付', '微信'] },
  { name: { en: 'UnionPay', zh: '银联' }, forms: ['unionpay', 'union pay', '银联', '云闪付'] },
  { name: { en: 'Google Pay', zh: 'Google Pay' }, forms: ['google pay', 'gpay'] },
  { name: { en: 'Apple Pay', zh: 'Apple Pay' }, forms: ['apple pay', 'applepay'] },
  { name: { en: 'PayPal', zh: 'PayPal' }, forms: ['paypal', 'pay pal', '贝宝'] },
  { name: { en: 'bank transfer', zh: '银行转账' }, forms: ['bank transfer', 'wire transfer', '银行转账', '转账'] },
  {
    name: { en: 'cash on delivery', zh: '货到付款' },
    forms: ['cash on delivery', 'cod', 'pay cash', 'cash', '货到付款', '现金'],
  },
  {
    name: { en: 'cryptocurrency', zh: '加密货币' },
    forms: ['bitcoin', 'crypto', 'cryptocurrency', 'btc', '比特币', '加密货币'],
  },
  { name: { en: 'Huabei', zh: '花呗' }, forms: ['huabei', '花呗'] },
  {
    name: { en: 'paying in instalments', zh: '分期付款' },
    forms: [
      'instalments',
      'installments',
      'instalment',
      'installment',
      'pay in 3',
      'pay in three',
      'pay later',
      'buy now pay later',
      'bnpl',
      '分期',
      '分期付款',
    ],
  },
  { name: { en: 'Visa', zh: 'Visa' }, forms: ['visa'], coveredBy: 'card' },
  { name: { en: 'Mastercard', zh: '万事达卡' }, forms: ['mastercard', 'master card', '万事达'], coveredBy: 'card' },
  {
    name: { en: 'American Express', zh: '美国运通卡' },
    forms: ['american express', 'amex', '运通'],
    coveredBy: 'card',
  },
  { name: { en: 'Maestro', zh: 'Maestro' }, forms: ['maestro'], coveredBy: 'card' },
  { name: { en: 'a credit card', zh: '信用卡' }, forms: ['credit card', '信用卡'], coveredBy: 'card' },
  { name: { en: 'a debit card', zh: '借记卡' }, forms: ['debit card', '借记卡', '储蓄卡'], coveredBy: 'card' },
];

export type PaymentAnswer = { method: string; accepted: boolean };

function mentions(text: string, form: string): boolean {
  if (/\p{Script=Han}/u.test(form)) return text.includes(form);
  return new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(form)}(?![\\p{L}\\p{N}])`, 'iu').test(text);
}

/** The method the text asks about and whether the shop takes it; undefined when it names none. */
export function paymentAsked(text: string, policy: ShopPolicy, lang: Lang): PaymentAnswer | undefined {
  const ids = new Set(policy.paymentMethods.map((m) => m.id));
  // The shop's own names first (a shop may take something this list does not know), longest first so
  // "gift card" is not read as "card".
  const own = policy.paymentMethods
    .flatMap((method) =>
      [method.name.en, method.name.zh, method.id.replace(/-/g, ' ')].map((form) => ({
        form: form.toLowerCase(),
        method,
      })),
    )
    .sort((a, b) => b.form.length - a.form.length);
  const named = own.find(({ form }) => mentions(text, form));
  if (named) return { method: named.method.name[lang], accepted: true };
  const known = KNOWN.find((k) => k.forms.some((f) => mentions(text, f)));
  if (!known) return undefined;
  const accepted = known.coveredBy !== undefined ? ids.has(known.coveredBy) : false;
  return { method: known.name[lang], accepted };
}

/** The shop's payment methods as one phrase in the shopper's language ("card, PayPal and Apple Pay"). */
export function acceptedMethods(policy: ShopPolicy, lang: Lang): string {
  return list(
    policy.paymentMethods.map((m) => localized(m.name, lang)),
    lang,
  );
}

const PAYING_FRAME =
  /\b(pay|paying|payment|accept|accepted|take|use|support|supported)\b|支持|能用|可以用|收不收|付款|支付/i;

/**
 * "Cash on delivery?", "支持支付宝吗": a short question naming a way to pay, which alone read as
 * nothing. Longer messages ("I paid with PayPal but…") are the classifier's.
 */
export function asksPaymentMethod(text: string, policy: ShopPolicy, lang: Lang): boolean {
  if (!isQuestion(text) || saysFailing(text)) return false;
  const short = withinLength(text, 7, 12);
  // "Do you store my card details?" names a card but asks something else.
  const framed = PAYING_FRAME.test(text) || withinLength(text, 3, 5);
  return short && framed && paymentAsked(text, policy, lang) !== undefined;
}
