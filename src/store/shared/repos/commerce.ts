import type { IsoDate, Order, OrderStatus, Product, ReturnRequest } from '../../entities';
import type { OrderRepo, ProductQuery, ProductRepo, ReturnRepo } from '../../repositories';
import type { CollectionSpec, DocumentBackend, DocumentCollection } from '../collection';
import { requireMatch } from '../docs';
import { type Filter, oneOf, range } from '../filter';

type ProductField = 'id' | 'category' | 'active';

export const PRODUCTS: CollectionSpec<ProductField> = {
  name: 'products',
  entity: 'product',
  fields: { id: 'string', category: 'string', active: 'boolean' },
  key: ['id'],
  indexes: [{ fields: ['category'] }],
};

export class DocumentProductRepo implements ProductRepo {
  private readonly docs: DocumentCollection<Product, ProductField>;

  constructor(backend: DocumentBackend) {
    this.docs = backend.collection(PRODUCTS);
  }

  upsert(product: Product): Promise<void> {
    return this.docs.upsert({ id: product.id }, { ...product });
  }

  get(id: string): Promise<Product | null> {
    return this.docs.findOne({ id });
  }

  /** Ordered by id, so pages and tests are stable. */
  list(query: ProductQuery = {}): Promise<Product[]> {
    const filter: Filter<ProductField> = {};
    if (query.category !== undefined) filter.category = query.category;
    if (query.ids !== undefined) filter.id = oneOf(query.ids);
    if (query.activeOnly) filter.active = true;
    return this.docs.find(filter, {
      sort: [['id', 1]],
      ...(query.limit !== undefined && { limit: query.limit }),
    });
  }

  count(): Promise<number> {
    return this.docs.count({});
  }
}

type OrderField = 'id' | 'customerId' | 'status' | 'createdAt';

export const ORDERS: CollectionSpec<OrderField> = {
  name: 'orders',
  entity: 'order',
  fields: { id: 'string', customerId: 'string', status: 'string', createdAt: 'string' },
  key: ['id'],
  indexes: [{ fields: ['customerId', 'createdAt'] }, { fields: ['status', 'createdAt'] }, { fields: ['createdAt'] }],
};

export class DocumentOrderRepo implements OrderRepo {
  private readonly docs: DocumentCollection<Order, OrderField>;

  constructor(backend: DocumentBackend) {
    this.docs = backend.collection(ORDERS);
  }

  create(order: Order): Promise<void> {
    return this.docs.insert({ ...order });
  }

  get(id: string): Promise<Order | null> {
    return this.docs.findOne({ id });
  }

  /** Throws NotFoundError for an unknown order. */
  async update(order: Order): Promise<void> {
    requireMatch(await this.docs.replaceOne({ id: order.id }, { ...order }), 'order', order.id);
  }

  /** Newest first: "where is my order" means the latest one. */
  listByCustomer(customerId: string): Promise<Order[]> {
    return this.docs.find({ customerId }, { sort: [['createdAt', -1]] });
  }

  /** Oldest first. */
  listByStatus(status: OrderStatus): Promise<Order[]> {
    return this.docs.find({ status }, { sort: [['createdAt', 1]] });
  }

  listCreatedBetween(from: IsoDate, to: IsoDate): Promise<Order[]> {
    return this.docs.find({ createdAt: range({ gte: from, lt: to }) }, { sort: [['createdAt', 1]] });
  }

  count(): Promise<number> {
    return this.docs.count({});
  }

  deleteByCustomer(customerId: string): Promise<number> {
    return this.docs.deleteMany({ customerId });
  }
}

type ReturnField = 'id' | 'orderId' | 'customerId' | 'createdAt';

export const RETURNS: CollectionSpec<ReturnField> = {
  name: 'returns',
  entity: 'return',
  fields: { id: 'string', orderId: 'string', customerId: 'string', createdAt: 'string' },
  key: ['id'],
  indexes: [{ fields: ['orderId'] }, { fields: ['customerId'] }],
};

export class DocumentReturnRepo implements ReturnRepo {
  private readonly docs: DocumentCollection<ReturnRequest, ReturnField>;

  constructor(backend: DocumentBackend) {
    this.docs = backend.collection(RETURNS);
  }

  create(ret: ReturnRequest): Promise<void> {
    return this.docs.insert({ ...ret });
  }

  get(id: string): Promise<ReturnRequest | null> {
    return this.docs.findOne({ id });
  }

  /** Throws NotFoundError for an unknown return. */
  async update(ret: ReturnRequest): Promise<void> {
    requireMatch(await this.docs.replaceOne({ id: ret.id }, { ...ret }), 'return', ret.id);
  }

  /** Oldest first. */
  listByOrder(orderId: string): Promise<ReturnRequest[]> {
    return this.docs.find({ orderId }, { sort: [['createdAt', 1]] });
  }

  /** Oldest first. */
  listByCustomer(customerId: string): Promise<ReturnRequest[]> {
    return this.docs.find({ customerId }, { sort: [['createdAt', 1]] });
  }

  deleteByCustomer(customerId: string): Promise<number> {
    return this.docs.deleteMany({ customerId });
  }
}
