/** In-memory commerce services for dialogue and skill unit tests. */
import { loadShopPolicy } from '../../../src/commerce/policy/load-policy';
import type {
  CatalogQuery,
  CatalogService,
  CustomerService,
  OrderService,
  ReturnsService,
  VerifyResult,
} from '../../../src/commerce/types';
import { ConciergeDialogue, type DialogueOptions } from '../../../src/dialogue';
import type { Note, Order, Product } from '../../../src/store/entities';

const at = '2026-01-10T10:00:00.000Z';

export function product(id: string, over: Partial<Product> = {}): Product {
  return {
    id,
    name: { en: id, zh: id },
    description: { en: `About ${id}.`, zh: `${id}。` },
    category: 'dresses',
    priceCents: 5000,
    currency: 'GBP',
    colours: ['red'],
    sizes: ['S', 'M'],
    variants: [
      { sku: `${id}-red-s`, colour: 'red', size: 'S', stock: 0 },
      { sku: `${id}-red-m`, colour: 'red', size: 'M', stock: 5 },
    ],
    tags: [],
    finalSale: false,
    consumable: false,
    active: true,
    createdAt: at,
    updatedAt: at,
    ...over,
  };
}

export function order(id: string, over: Partial<Order> = {}): Order {
  return {
    id,
    customerId: 'cust-1',
    email: 'ann@example.com',
    status: 'shipped',
    items: [
      { productId: 'dress', sku: 'dress-red-m', name: { en: 'Dress', zh: '裙子' }, quantity: 1, unitPriceCents: 5000 },
    ],
    totalCents: 5000,
    currency: 'GBP',
    shippingAddress: { name: 'Ann', line1: '1 Road', city: 'Town', postcode: 'T1 1TT', country: 'GB' },
    shippingMethod: 'standard',
    carrier: 'DPD',
    trackingNumber: 'TRK1',
    createdAt: at,
    shippedAt: at,
    expectedDeliveryAt: '2026-01-16T10:00:00.000Z',
    updatedAt: at,
    ...over,
  };
}

export class FakeShop {
  readonly orders = new Map<string, Order>();
  readonly products = new Map<string, Product>();
  readonly notes: Note[] = [];
  readonly consents: { customerId: string; optedIn: boolean }[] = [];
  failures = 0;
  rateLimitAfter = 3;

  readonly catalog: CatalogService = {
    search: async (q: CatalogQuery) =>
      [...this.products.values()]
        .filter((p) => (q.category ? p.category === q.category : true))
        .filter((p) => (q.colour ? p.colours.includes(q.colour) : true))
        .filter((p) => (q.maxPriceCents !== undefined ? p.priceCents <= q.maxPriceCents : true))
        .slice(0, q.limit ?? 10),
    get: async (id) => this.products.get(id) ?? null,
    stock: (p, v) =>
      p.variants
        .filter((x) => (v?.size ? x.size === v.size : true) && (v?.colour ? x.colour === v.colour : true))
        .reduce((n, x) => n + x.stock, 0),
    vocabulary: async () => ({ products: [], categories: {}, colours: {}, sizes: [] }),
  };

  readonly orderService: OrderService = {
    verify: async (input): Promise<VerifyResult> => {
      if (this.failures >= this.rateLimitAfter) return { ok: false, reason: 'rate_limited' };
      const found = this.orders.get(input.orderId);
      const owns =
        found &&
        ((input.email && input.email === found.email) ||
          (input.verifiedCustomerId && input.verifiedCustomerId === found.customerId));
      if (found && owns) return { ok: true, order: found };
      this.failures += 1;
      return { ok: false, reason: 'mismatch' };
    },
    listForCustomer: async (customerId) => [...this.orders.values()].filter((o) => o.customerId === customerId),
    cancel: async (o) => {
      const cancelled = { ...o, status: 'cancelled' as const };
      this.orders.set(o.id, cancelled);
      return { ok: true, order: cancelled };
    },
    changeAddress: async (o, address) => {
      const changed = { ...o, shippingAddress: address };
      this.orders.set(o.id, changed);
      return { ok: true, order: changed };
    },
  };

  readonly returns: ReturnsService = {
    eligibility: async (o) =>
      o.items.map((i) => ({ productId: i.productId, sku: i.sku, eligible: o.status === 'delivered' })),
    create: async ({ order: o, skus, reason }) => ({
      id: 'RMA-1',
      orderId: o.id,
      customerId: o.customerId,
      items: skus.map((sku) => ({ productId: sku, sku, quantity: 1 })),
      reason,
      status: 'requested',
      refundCents: 5000,
      createdAt: at,
      updatedAt: at,
    }),
    listForCustomer: async () => [],
    listForOrder: async () => [],
  };

  readonly customers: CustomerService = {
    get: async () => null,
    setConsent: async (customerId, _channel, optedIn) => {
      this.consents.push({ customerId, optedIn });
    },
    exportData: async () => ({}),
    erase: async () => ({}),
  };

  dialogue(options: Partial<DialogueOptions> = {}): ConciergeDialogue {
    return new ConciergeDialogue({
      policy: loadShopPolicy(),
      catalog: this.catalog,
      orders: this.orderService,
      returns: this.returns,
      customers: this.customers,
      notes: {
        add: async (note) => void this.notes.push(note),
        replace: async (note) => {
          const index = this.notes.findIndex((n) => n.id === note.id);
          if (index >= 0) this.notes[index] = note;
          return index >= 0;
        },
        list: async (kind, filter = {}) =>
          this.notes.filter(
            (n) =>
              n.kind === kind &&
              (filter.conversationId === undefined || n.conversationId === filter.conversationId) &&
              (filter.customerId === undefined || n.customerId === filter.customerId),
          ),
      },
      ...options,
    });
  }
}
