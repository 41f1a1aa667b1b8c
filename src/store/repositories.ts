/**
 * The repository contract. Two backends implement it (embedded SQLite and MongoDB); one contract suite
 * in test/contract proves both. Methods return copies: mutating a returned object changes nothing stored.
 */
import type { ChannelId } from '../core/message';
import type {
  Campaign,
  Conversation,
  Customer,
  CustomerEvent,
  Handoff,
  Identity,
  IsoDate,
  Note,
  Offer,
  Order,
  OrderStatus,
  Product,
  ReturnRequest,
  StoredMessage,
  StoredModel,
} from './entities';

export interface CustomerRepo {
  /** Throws DuplicateError if the id exists. */
  create(customer: Customer): Promise<void>;
  get(id: string): Promise<Customer | null>;
  findByEmail(email: string): Promise<Customer | null>;
  findByPhone(phone: string): Promise<Customer | null>;
  update(customer: Customer): Promise<void>;
  list(options?: { limit?: number; offset?: number }): Promise<Customer[]>;
  /** Deletes the customer record only; use the erasure service to remove everything. */
  delete(id: string): Promise<boolean>;
}

export interface IdentityRepo {
  /** Throws DuplicateError when (channel, channelUserId) is already linked. */
  create(identity: Identity): Promise<void>;
  get(channel: ChannelId, channelUserId: string): Promise<Identity | null>;
  /** Re-links a channel user (e.g. an anonymous visitor that verified as a known customer). */
  link(channel: ChannelId, channelUserId: string, customerId: string, verified: boolean): Promise<void>;
  listByCustomer(customerId: string): Promise<Identity[]>;
  deleteByCustomer(customerId: string): Promise<number>;
}

export interface ProductQuery {
  category?: string;
  ids?: string[];
  activeOnly?: boolean;
  limit?: number;
}

export interface ProductRepo {
  upsert(product: Product): Promise<void>;
  get(id: string): Promise<Product | null>;
  list(query?: ProductQuery): Promise<Product[]>;
  count(): Promise<number>;
}

export interface OrderRepo {
  create(order: Order): Promise<void>;
  get(id: string): Promise<Order | null>;
  update(order: Order): Promise<void>;
  listByCustomer(customerId: string): Promise<Order[]>;
  listByStatus(status: OrderStatus): Promise<Order[]>;
  /** Orders created in [from, to), oldest first. */
  listCreatedBetween(from: IsoDate, to: IsoDate): Promise<Order[]>;
  count(): Promise<number>;
  deleteByCustomer(customerId: string): Promise<number>;
}

export interface ReturnRepo {
  create(ret: ReturnRequest): Promise<void>;
  get(id: string): Promise<ReturnRequest | null>;
  update(ret: ReturnRequest): Promise<void>;
  listByOrder(orderId: string): Promise<ReturnRequest[]>;
  listByCustomer(customerId: string): Promise<ReturnRequest[]>;
  deleteByCustomer(customerId: string): Promise<number>;
}

export interface ConversationRepo {
  get(id: string): Promise<Conversation | null>;
  /** Creates version 1. Throws DuplicateError if it exists. */
  create(conversation: Conversation): Promise<void>;
  /**
   * Writes `conversation` if the stored version still equals `conversation.version`, and returns the
   * stored copy with the version incremented. Throws ConflictError when another writer won.
   */
  save(conversation: Conversation): Promise<Conversation>;
  listByCustomer(customerId: string): Promise<Conversation[]>;
  listByHandoff(status: Conversation['handoff']): Promise<Conversation[]>;
  deleteByCustomer(customerId: string): Promise<number>;
}

export interface MessageRepo {
  /** Assigns `id`, `seq`; returns the stored message. */
  append(message: Omit<StoredMessage, 'id' | 'seq'>): Promise<StoredMessage>;
  /** Messages of a conversation in order; `afterSeq` pages forward. */
  list(conversationId: string, options?: { afterSeq?: number; limit?: number }): Promise<StoredMessage[]>;
  /** The last `limit` messages, still in chronological order. */
  tail(conversationId: string, limit: number): Promise<StoredMessage[]>;
  deleteByConversation(conversationId: string): Promise<number>;
}

export interface EventQuery {
  customerId?: string;
  types?: string[];
  from?: IsoDate;
  to?: IsoDate;
  /** Events after this id in insertion order (for incremental consumers). */
  afterSeq?: number;
  limit?: number;
}

export interface EventRepo {
  append(event: Omit<CustomerEvent, 'id'> & { id?: string }): Promise<CustomerEvent & { seq: number }>;
  /** Oldest first. */
  list(query?: EventQuery): Promise<(CustomerEvent & { seq: number })[]>;
  /** Moves events of an anonymous customer to a verified one after linking. */
  reassign(fromCustomerId: string, toCustomerId: string): Promise<number>;
  deleteByCustomer(customerId: string): Promise<number>;
}

export interface HandoffRepo {
  create(handoff: Handoff): Promise<void>;
  get(id: string): Promise<Handoff | null>;
  /** The open (pending or agent) handoff of a conversation, if any. */
  findOpenByConversation(conversationId: string): Promise<Handoff | null>;
  findByThread(threadChannel: string, threadTs: string): Promise<Handoff | null>;
  listOpen(): Promise<Handoff[]>;
  /** Atomic compare-and-set on status: returns false if the stored status is not `from`. */
  transition(
    id: string,
    from: Handoff['status'],
    patch: Partial<Handoff> & { status: Handoff['status'] },
  ): Promise<boolean>;
  update(handoff: Handoff): Promise<void>;
  listByCustomer(customerId: string): Promise<Handoff[]>;
  deleteByCustomer(customerId: string): Promise<number>;
}

export interface OfferRepo {
  create(offer: Offer): Promise<void>;
  get(id: string): Promise<Offer | null>;
  findByCode(code: string): Promise<Offer | null>;
  update(offer: Offer): Promise<void>;
  listByCustomer(customerId: string): Promise<Offer[]>;
  listByCampaign(campaignId: string): Promise<Offer[]>;
  listByStatus(status: Offer['status']): Promise<Offer[]>;
  deleteByCustomer(customerId: string): Promise<number>;
}

export interface DeliveryRepo {
  /**
   * Records a delivery id; true the first time, false for a repeat. Atomic across processes.
   * `expiresAt` lets a sweep forget old ids.
   */
  claim(channel: ChannelId, deliveryId: string, expiresAt: IsoDate): Promise<boolean>;
  /** Forgets a claim whose processing failed before anything was recorded, so a retry is processed. */
  release(channel: ChannelId, deliveryId: string): Promise<void>;
  /** Forgets ids whose `expiresAt` is at or before `now`. */
  sweep(now: IsoDate): Promise<number>;
}

export interface NoteRepo {
  add(note: Note): Promise<void>;
  /** Replaces the note with this id; false when there is none. */
  replace(note: Note): Promise<boolean>;
  /** Oldest first, or newest first with `newestFirst` (an inbox of the latest tickets). */
  list(
    kind: Note['kind'],
    options?: { conversationId?: string; customerId?: string; limit?: number; newestFirst?: boolean },
  ): Promise<Note[]>;
  deleteByCustomer(customerId: string): Promise<number>;
}

export interface ModelRepo {
  /** Stores a new version; returns its number (1, 2, …). */
  put(name: string, data: string, meta: Record<string, unknown>, at: IsoDate): Promise<number>;
  latest(name: string): Promise<StoredModel | null>;
}

/** Small key/value and counter space for jobs and rate limits. */
export interface KvRepo {
  get(key: string): Promise<string | null>;
  set(key: string, value: string, expiresAt?: IsoDate): Promise<void>;
  /** Atomic increment; creates the key at 0 first. Expired keys count from 0 again. */
  increment(key: string, by: number, expiresAt: IsoDate, now: IsoDate): Promise<number>;
  delete(key: string): Promise<void>;
  /** Removes entries whose expiry is at or before `now` (run by a periodic job). */
  sweep(now: IsoDate): Promise<number>;
}

export interface CampaignRepo {
  upsert(campaign: Campaign): Promise<void>;
  get(id: string): Promise<Campaign | null>;
  list(options?: { activeOnly?: boolean }): Promise<Campaign[]>;
}

export interface Store {
  readonly kind: 'embedded' | 'mongo';
  readonly customers: CustomerRepo;
  readonly identities: IdentityRepo;
  readonly products: ProductRepo;
  readonly orders: OrderRepo;
  readonly returns: ReturnRepo;
  readonly conversations: ConversationRepo;
  readonly messages: MessageRepo;
  readonly events: EventRepo;
  readonly handoffs: HandoffRepo;
  readonly offers: OfferRepo;
  readonly campaigns: CampaignRepo;
  readonly deliveries: DeliveryRepo;
  readonly notes: NoteRepo;
  readonly models: ModelRepo;
  readonly kv: KvRepo;
  /** Creates tables / indexes; idempotent. */
  init(): Promise<void>;
  /** Cheap round trip for /readyz. */
  ping(): Promise<void>;
  close(): Promise<void>;
}
