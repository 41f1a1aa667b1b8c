/**
 * The commerce domain as skills see it. Implemented in src/commerce over the Store.
 */
import type { Lang } from '../core/message';
import type { CatalogVocabulary } from '../nlu/types';
import type { Address, Customer, Localized, Order, Product, ReturnRequest } from '../store/entities';

/** Category keys of the demo shop (a real shop may add its own). */
export const DEMO_CATEGORIES = ['dresses', 'tops', 'jeans', 'jackets', 'shoes', 'bags', 'accessories', 'home'] as const;

/** The shop's own rules, loaded from a JSON file (SHOP_POLICY_FILE) and validated with zod. */
export interface ShopFaqEntry {
  id: string;
  /** Phrases that ask this question, per language ("gift card", "礼品卡"); matched case-insensitively. */
  ask: { en: string[]; zh: string[] };
  answer: Localized;
}

/** Delivery abroad at one speed and price ("Europe: DHL Express, 2–4 working days, £12.95"). */
export interface DeliveryZone {
  id: string;
  name: Localized;
  /** ISO 3166-1 alpha-2 codes. */
  countries: string[];
  carrier?: string;
  minDays: number;
  maxDays: number;
  /** Absent: the price depends on the parcel and is shown at checkout. */
  priceCents?: number;
  freeOverCents?: number;
  /** Whether the shopper may owe import duties or taxes on arrival. */
  duties?: boolean;
}

export interface ShopPolicy {
  shopName: string;
  currency: string;
  returns: {
    windowDays: number;
    /** Categories that are final sale (besides products flagged finalSale). */
    finalSaleCategories: string[];
    condition: Localized;
    instructions: Localized;
    refundDays: number;
    /** How exchanges work ("return it and order the other size"), said when a shopper asks for one. */
    exchanges?: Localized;
    /** How a gift goes back ("the recipient can return it with the order number…"), said when a
     *  return or the returns policy is about a present. */
    gifts?: Localized;
    /** Whether the delivery charge comes back with a return ("the standard charge, for a whole
     *  order…"), said to "will I get the postage back?". */
    deliveryRefund?: Localized;
    /** The terms for faulty goods, which outlast the return window; said to "what if it's faulty?". */
    faulty?: Localized;
    /** What a return costs ("no restocking fee, the label is prepaid"), said to "is there a restocking fee?". */
    fees?: Localized;
  };
  shipping: {
    id: string;
    name: Localized;
    priceCents: number;
    minDays: number;
    maxDays: number;
    freeOverCents?: number;
  }[];
  /**
   * Where parcels go: the countries `shipping` covers, and the zones abroad. With it the bot answers
   * "do you ship to Germany?" for that country, and says so when the shop does not deliver there.
   */
  destinations?: { home: string[]; zones: DeliveryZone[] };
  /** More about where the shop delivers, said after the methods ("no PO boxes"), or all of it when
   *  `destinations` is absent ("outside the UK we ship with DHL…"). */
  deliveryAreas?: Localized;
  /** How the shop's sizes run ("UK sizing: S is 8–10…"), said when a shopper asks which size to take. */
  sizeGuide?: Localized;
  /** UK size numbers to the shop's own labels, for clothes ("12" → "M") and shoes ("6" → "39"):
   *  "do you have it in a 14?" then asks about the L. */
  sizeChart?: { clothing?: Record<string, string>; shoes?: Record<string, string> };
  /** What discounts the shop gives and how codes work ("no student discount; members' offers…"). */
  discounts?: Localized;
  /** What the shop keeps about a customer and how to get a copy or have it erased, said when a
   *  shopper asks about their data. */
  privacy?: Localized;
  /** Whether there are shops to visit or collect from ("online only; no click and collect"). */
  stores?: Localized;
  /**
   * The shop's own questions and answers ("do you sell gift cards?", "do you gift wrap?"): a message
   * containing one of `ask`'s phrases gets `answer`, unless it is a request the bot handles itself.
   */
  faq?: ShopFaqEntry[];
  /**
   * A product's page in the shop, `{id}` standing for the product id
   * ("https://shop.example/products/{id}"): cards get a "View in shop" button, and "add it to my bag"
   * links the product. The bot has no basket of its own.
   */
  productPageUrl?: string;
  /**
   * Roughly what one unit of another currency is worth in the shop's ("CNY": 0.11 in a GBP shop), so
   * "under 200元" searches under about £22. A currency missing here is not guessed at.
   */
  exchangeRates?: Record<string, number>;
  paymentMethods: { id: string; name: Localized }[];
  /**
   * How to pay for an order placed but still waiting for payment ("Pay now" in the account, the link
   * in the confirmation email) and how long it is held. Without it a person sends a payment link.
   */
  unpaidOrders?: Localized;
  cancellation: { feeCents: number; note: Localized };
  invoices: Localized;
  newsletter: Localized;
  /**
   * How to stop marketing the bot does not send itself: emails (the footer link, account settings)
   * and texts (reply STOP). Said when an opt-out names them; the chat's own consent is set either way.
   */
  unsubscribe?: { email?: Localized; sms?: Localized };
  /** Account help per topic; only `password` is required, the rest fall back to the contact details. */
  account: AccountHelp;
  contact: {
    email: string;
    phone: string;
    timezone: string;
    /** 0 = Sunday … 6 = Saturday */
    days: number[];
    openHour: number;
    closeHour: number;
  };
}

/** What the shop tells shoppers about their account, one text per question. */
export interface AccountHelp {
  password: Localized;
  create?: Localized;
  edit?: Localized;
  /** Closing the account and erasing personal data; the bot also offers a person to do it. */
  delete?: Localized;
  switch?: Localized;
  registration?: Localized;
  /** Ordering without an account ("can I check out as a guest?"). */
  guest?: Localized;
}

export type CatalogSort = 'newest' | 'price_low' | 'price_high';

export interface CatalogQuery {
  /** Free text, matched against names and descriptions in both languages. */
  text?: string;
  category?: string;
  colour?: string;
  /** Any colour of a family ("neutral", "bright": `COLOUR_FAMILIES`), when no one colour is named. */
  colourFamily?: string;
  size?: string;
  minPriceCents?: number;
  maxPriceCents?: number;
  inStockOnly?: boolean;
  /**
   * Instead of best match first: newest first (by when the product was added, "what's new?"), or by
   * price, lowest ("your cheapest dress") or highest ("the most expensive jackets") first.
   */
  sort?: CatalogSort;
  limit?: number;
}

export interface CatalogService {
  search(query: CatalogQuery): Promise<Product[]>;
  get(id: string): Promise<Product | null>;
  /** Units in stock for a variant; without size/colour, the product's total. */
  stock(product: Product, variant?: { size?: string; colour?: string }): number;
  /** Live vocabulary for the NLU's entity extractors. */
  vocabulary(): Promise<CatalogVocabulary>;
}

export interface VerifyInput {
  orderId: string;
  email?: string;
  phone?: string;
  verifiedCustomerId?: string;
  conversationId: string;
  now: Date;
}

export type VerifyResult =
  | { ok: true; order: Order }
  /** `mismatch` covers a wrong proof and an unknown order alike, so nothing leaks. */
  | { ok: false; reason: 'mismatch' | 'rate_limited' };

export interface OrderService {
  /**
   * Checks that the shopper owns the order: the email or phone on it, or a verified identity of the
   * owning customer. Wrong attempts are limited per conversation and per order.
   */
  verify(input: VerifyInput): Promise<VerifyResult>;
  listForCustomer(customerId: string): Promise<Order[]>;
  cancel(
    order: Order,
    now: Date,
  ): Promise<{ ok: true; order: Order } | { ok: false; reason: 'already_shipped' | 'already_closed' }>;
  changeAddress(
    order: Order,
    address: Address,
    now: Date,
  ): Promise<{ ok: true; order: Order } | { ok: false; reason: 'already_shipped' | 'already_closed' }>;
}

export interface ItemEligibility {
  productId: string;
  sku: string;
  eligible: boolean;
  reason?: 'not_delivered' | 'window_closed' | 'final_sale' | 'already_returned';
}

export interface ReturnsService {
  eligibility(order: Order, now: Date): Promise<ItemEligibility[]>;
  /** Creates an RMA for eligible items; throws ValidationError for ineligible ones. */
  create(input: { order: Order; skus: string[]; reason: string; now: Date }): Promise<ReturnRequest>;
  listForCustomer(customerId: string): Promise<ReturnRequest[]>;
  listForOrder(orderId: string): Promise<ReturnRequest[]>;
}

export interface CustomerService {
  get(id: string): Promise<Customer | null>;
  setConsent(
    customerId: string,
    channel: Customer['consents'][number]['channel'],
    optedIn: boolean,
    now: Date,
  ): Promise<void>;
  /** Everything stored about a customer, as one JSON-able object. */
  exportData(customerId: string): Promise<Record<string, unknown>>;
  /** Removes the customer and everything tied to them; returns counts per kind. */
  erase(customerId: string): Promise<Record<string, number>>;
}

export function formatMoney(cents: number, currency: string, lang: Lang): string {
  return new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en-GB', { style: 'currency', currency }).format(cents / 100);
}
