import type { ChannelId } from '../../../core/message';
import type { Customer, Identity } from '../../entities';
import type { CustomerRepo, IdentityRepo } from '../../repositories';
import type { CollectionSpec, DocumentBackend, DocumentCollection } from '../collection';
import { emailKey, phoneKey, requireMatch, withoutKeys } from '../docs';

/** Normalised lookup keys are stored beside the customer, so both backends match them by equality. */
type CustomerDoc = Customer & { emailKey?: string; phoneKey?: string };
type CustomerField = 'id' | 'emailKey' | 'phoneKey' | 'createdAt';
const DERIVED = ['emailKey', 'phoneKey'] as const;

export const CUSTOMERS: CollectionSpec<CustomerField> = {
  name: 'customers',
  entity: 'customer',
  fields: { id: 'string', emailKey: 'string', phoneKey: 'string', createdAt: 'string' },
  key: ['id'],
  indexes: [{ fields: ['emailKey'] }, { fields: ['phoneKey'] }, { fields: ['createdAt'] }],
};

function toDoc(customer: Customer): CustomerDoc {
  const doc: CustomerDoc = { ...customer };
  if (customer.email !== undefined) doc.emailKey = emailKey(customer.email);
  if (customer.phone !== undefined) doc.phoneKey = phoneKey(customer.phone);
  return doc;
}

const fromDoc = (doc: CustomerDoc | null): Customer | null => (doc ? withoutKeys(doc, DERIVED) : null);

export class DocumentCustomerRepo implements CustomerRepo {
  private readonly docs: DocumentCollection<CustomerDoc, CustomerField>;

  constructor(backend: DocumentBackend) {
    this.docs = backend.collection(CUSTOMERS);
  }

  create(customer: Customer): Promise<void> {
    return this.docs.insert(toDoc(customer));
  }

  async get(id: string): Promise<Customer | null> {
    return fromDoc(await this.docs.findOne({ id }));
  }

  /** Case-insensitive; the oldest customer wins if several share an address. */
  async findByEmail(email: string): Promise<Customer | null> {
    const key = typeof email === 'string' ? emailKey(email) : email;
    return fromDoc(await this.docs.findOne({ emailKey: key }, { sort: [['createdAt', 1]] }));
  }

  /** Ignores spaces and punctuation; the oldest customer wins if several share a number. */
  async findByPhone(phone: string): Promise<Customer | null> {
    const key = typeof phone === 'string' ? phoneKey(phone) : phone;
    return fromDoc(await this.docs.findOne({ phoneKey: key }, { sort: [['createdAt', 1]] }));
  }

  /** Throws NotFoundError for an unknown id. */
  async update(customer: Customer): Promise<void> {
    requireMatch(await this.docs.replaceOne({ id: customer.id }, toDoc(customer)), 'customer', customer.id);
  }

  /** Oldest first. */
  async list(options: { limit?: number; offset?: number } = {}): Promise<Customer[]> {
    const docs = await this.docs.find(
      {},
      {
        sort: [['createdAt', 1]],
        ...(options.limit !== undefined && { limit: options.limit }),
        skip: options.offset ?? 0,
      },
    );
    return docs.map((d) => withoutKeys(d, DERIVED));
  }

  delete(id: string): Promise<boolean> {
    return this.docs.deleteOne({ id });
  }
}

type IdentityField = 'channel' | 'channelUserId' | 'customerId' | 'createdAt';

export const IDENTITIES: CollectionSpec<IdentityField> = {
  name: 'identities',
  entity: 'identity',
  fields: { channel: 'string', channelUserId: 'string', customerId: 'string', createdAt: 'string' },
  key: ['channel', 'channelUserId'],
  indexes: [{ fields: ['customerId'] }],
};

export class DocumentIdentityRepo implements IdentityRepo {
  private readonly docs: DocumentCollection<Identity, IdentityField>;

  constructor(backend: DocumentBackend) {
    this.docs = backend.collection(IDENTITIES);
  }

  create(identity: Identity): Promise<void> {
    return this.docs.insert({ ...identity });
  }

  get(channel: ChannelId, channelUserId: string): Promise<Identity | null> {
    return this.docs.findOne({ channel, channelUserId });
  }

  /** Throws NotFoundError when the channel user has no identity yet (create it instead). */
  async link(channel: ChannelId, channelUserId: string, customerId: string, verified: boolean): Promise<void> {
    const updated = await this.docs.updateOne({ channel, channelUserId }, { customerId, verified });
    requireMatch(updated, 'identity', `${channel}:${channelUserId}`);
  }

  /** Oldest first. */
  listByCustomer(customerId: string): Promise<Identity[]> {
    return this.docs.find({ customerId }, { sort: [['createdAt', 1]] });
  }

  deleteByCustomer(customerId: string): Promise<number> {
    return this.docs.deleteMany({ customerId });
  }
}
