/** Assembles a `Store` from any document backend: the repositories are the same on every backend. */
import { type Clock, systemClock } from '../../core/clock';
import type {
  CampaignRepo,
  ConversationRepo,
  CustomerRepo,
  DeliveryRepo,
  EventRepo,
  HandoffRepo,
  IdentityRepo,
  KvRepo,
  MessageRepo,
  ModelRepo,
  NoteRepo,
  OfferRepo,
  OrderRepo,
  ProductRepo,
  ReturnRepo,
  Store,
} from '../repositories';
import type { DocumentBackend } from './collection';
import { DocumentOrderRepo, DocumentProductRepo, DocumentReturnRepo } from './repos/commerce';
import { DocumentConversationRepo, DocumentMessageRepo } from './repos/conversations';
import { DocumentCustomerRepo, DocumentIdentityRepo } from './repos/customers';
import { DocumentEventRepo } from './repos/events';
import { DocumentHandoffRepo } from './repos/handoffs';
import { DocumentKvRepo } from './repos/kv';
import { DocumentCampaignRepo, DocumentOfferRepo } from './repos/offers';
import { DocumentDeliveryRepo, DocumentModelRepo, DocumentNoteRepo } from './repos/operations';

export class DocumentStore implements Store {
  readonly kind: Store['kind'];
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

  /** `clock` decides when a key/value entry has expired on read. */
  constructor(
    private readonly backend: DocumentBackend,
    clock: Clock = systemClock,
  ) {
    this.kind = backend.kind;
    this.customers = new DocumentCustomerRepo(backend);
    this.identities = new DocumentIdentityRepo(backend);
    this.products = new DocumentProductRepo(backend);
    this.orders = new DocumentOrderRepo(backend);
    this.returns = new DocumentReturnRepo(backend);
    this.conversations = new DocumentConversationRepo(backend);
    this.messages = new DocumentMessageRepo(backend);
    this.events = new DocumentEventRepo(backend);
    this.handoffs = new DocumentHandoffRepo(backend);
    this.offers = new DocumentOfferRepo(backend);
    this.campaigns = new DocumentCampaignRepo(backend);
    this.deliveries = new DocumentDeliveryRepo(backend);
    this.notes = new DocumentNoteRepo(backend);
    this.models = new DocumentModelRepo(backend);
    this.kv = new DocumentKvRepo(backend, clock);
  }

  init(): Promise<void> {
    return this.backend.init();
  }

  ping(): Promise<void> {
    return this.backend.ping();
  }

  close(): Promise<void> {
    return this.backend.close();
  }
}
