/**
 * Domain records as they are stored. Timestamps are ISO-8601 UTC strings so that both backends
 * store, compare and sort them the same way.
 */
import type { ChannelId, ConversationRef, Lang, Reply } from '../core/message';

export type IsoDate = string;
export type Localized = Record<Lang, string>;

export interface Consent {
  channel: ChannelId;
  optedIn: boolean;
  at: IsoDate;
}

export interface Customer {
  id: string;
  name: string;
  email?: string;
  phone?: string;
  lang?: Lang;
  /** IANA zone, for quiet hours. */
  timezone?: string;
  /** Marketing consent per channel. Absent means never asked (treated as no). */
  consents: Consent[];
  createdAt: IsoDate;
  updatedAt: IsoDate;
}

/** A channel user, linked to a customer. Unique per (channel, channelUserId). */
export interface Identity {
  channel: ChannelId;
  channelUserId: string;
  customerId: string;
  /** True once the user proved ownership (order + email/phone, or a verified login). */
  verified: boolean;
  createdAt: IsoDate;
}

export interface ProductVariant {
  sku: string;
  size?: string;
  colour?: string;
  stock: number;
}

export interface Product {
  id: string;
  name: Localized;
  description: Localized;
  category: string;
  /** Price in minor units (pence, fen). */
  priceCents: number;
  currency: string;
  colours: string[];
  sizes: string[];
  material?: Localized;
  variants: ProductVariant[];
  imageUrl?: string;
  tags: string[];
  /** Final-sale items cannot be returned. */
  finalSale: boolean;
  /** Consumables may be recommended again after purchase. */
  consumable: boolean;
  active: boolean;
  createdAt: IsoDate;
  updatedAt: IsoDate;
}

export const ORDER_STATUSES = ['pending', 'paid', 'shipped', 'delivered', 'cancelled', 'returned'] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

export interface OrderItem {
  productId: string;
  sku: string;
  name: Localized;
  quantity: number;
  unitPriceCents: number;
  size?: string;
  colour?: string;
}

export interface Address {
  name: string;
  line1: string;
  line2?: string;
  city: string;
  postcode: string;
  country: string;
}

export interface Order {
  /** The shop's order number, as shoppers know it (e.g. "10234"). */
  id: string;
  customerId: string;
  email: string;
  phone?: string;
  status: OrderStatus;
  items: OrderItem[];
  totalCents: number;
  currency: string;
  shippingAddress: Address;
  shippingMethod: string;
  carrier?: string;
  trackingNumber?: string;
  /** Discount or offer code applied at checkout (for redemption tracking). */
  promoCode?: string;
  createdAt: IsoDate;
  paidAt?: IsoDate;
  shippedAt?: IsoDate;
  expectedDeliveryAt?: IsoDate;
  deliveredAt?: IsoDate;
  cancelledAt?: IsoDate;
  updatedAt: IsoDate;
}

export const RETURN_STATUSES = ['requested', 'approved', 'received', 'refunded', 'rejected'] as const;
export type ReturnStatus = (typeof RETURN_STATUSES)[number];

export interface ReturnRequest {
  /** RMA number shown to the shopper. */
  id: string;
  orderId: string;
  customerId: string;
  items: { productId: string; sku: string; quantity: number }[];
  reason: string;
  status: ReturnStatus;
  refundCents: number;
  refundedAt?: IsoDate;
  createdAt: IsoDate;
  updatedAt: IsoDate;
}

export type HandoffStatus = 'bot' | 'pending' | 'agent';

/** Persisted per conversation; `version` guards concurrent writers. */
export interface Conversation {
  id: string;
  ref: ConversationRef;
  customerId?: string;
  /** The language of the last turn's replies. */
  lang?: Lang;
  /** The language the shopper asked replies in ("can you speak Chinese?"); it wins over detection. */
  replyLang?: Lang;
  /** Dialogue state owned by src/dialogue; opaque to the store. */
  state: Record<string, unknown>;
  handoff: HandoffStatus;
  version: number;
  createdAt: IsoDate;
  lastActivityAt: IsoDate;
}

export interface StoredMessage {
  id: string;
  conversationId: string;
  /** Strictly increasing per store; orders a conversation's messages. */
  seq: number;
  direction: 'in' | 'out';
  /** Inbound: the shopper's text or pressed payload. Outbound: the rendered reply. */
  text: string;
  payload?: string;
  reply?: Reply;
  intent?: string;
  score?: number;
  lang?: Lang;
  at: IsoDate;
}

/** One omnichannel event: anything a customer did, on any channel. */
export interface CustomerEvent {
  id: string;
  customerId?: string;
  conversationId?: string;
  channel?: ChannelId;
  /** e.g. message, product_view, cart_add, purchase, offer_sent, offer_redeemed, handoff_started. */
  type: string;
  productId?: string;
  valueCents?: number;
  data?: Record<string, unknown>;
  at: IsoDate;
}

export interface Handoff {
  id: string;
  conversationId: string;
  customerId?: string;
  status: 'pending' | 'agent' | 'resolved' | 'timed_out';
  reason: string;
  agentId?: string;
  /** Slack thread that carries this handoff. */
  threadTs?: string;
  threadChannel?: string;
  csat?: number;
  createdAt: IsoDate;
  claimedAt?: IsoDate;
  closedAt?: IsoDate;
  updatedAt: IsoDate;
}

export interface Offer {
  id: string;
  campaignId: string;
  customerId: string;
  channel: ChannelId;
  code: string;
  status: 'scheduled' | 'sent' | 'redeemed' | 'expired' | 'holdout';
  expiresAt: IsoDate;
  sentAt?: IsoDate;
  redeemedAt?: IsoDate;
  orderId?: string;
  revenueCents?: number;
  createdAt: IsoDate;
}

export const NOTE_KINDS = ['complaint', 'review', 'nlu_review', 'ticket', 'agent_note', 'csat'] as const;

/** Free-form records that need no query beyond kind and time (feedback, review candidates, tickets). */
export interface Note {
  id: string;
  kind: (typeof NOTE_KINDS)[number];
  conversationId?: string;
  customerId?: string;
  text: string;
  data?: Record<string, unknown>;
  at: IsoDate;
}

/** A serialised model (NLU, recommender, propensity) with its metrics. */
export interface StoredModel {
  name: string;
  version: number;
  data: string;
  meta: Record<string, unknown>;
  createdAt: IsoDate;
}

export interface Campaign {
  id: string;
  name: string;
  active: boolean;
  /** Audience: customers whose propensity falls in [min, max]. */
  propensityMin: number;
  propensityMax: number;
  /** Optional audience rule: only customers who viewed one of these categories recently. */
  categories?: string[];
  offer: { kind: 'discount' | 'free_shipping'; percentOff?: number; validDays: number; codePrefix: string };
  template: Localized;
  channels: ChannelId[];
  /** Share of the audience held out as a control group, 0..1. */
  holdoutShare: number;
  /** Minimum days between two offers to the same customer, across campaigns. */
  frequencyCapDays: number;
  quietHours: { start: number; end: number };
  createdAt: IsoDate;
  updatedAt: IsoDate;
}
