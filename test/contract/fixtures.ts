/** Builders for every stored entity, with realistic defaults and per-test overrides. */
import type {
  Campaign,
  Conversation,
  Customer,
  CustomerEvent,
  Handoff,
  Identity,
  Note,
  Offer,
  Order,
  Product,
  ReturnRequest,
  StoredMessage,
} from '../../src/store';

export const T0 = '2026-01-15T10:00:00.000Z';

/** An ISO timestamp `minutes` after T0, so orderings are explicit in each test. */
export function at(minutes: number): string {
  return new Date(Date.parse(T0) + minutes * 60_000).toISOString();
}

export function customer(overrides: Partial<Customer> = {}): Customer {
  return {
    id: 'cus_1',
    name: 'Ada Lovelace',
    email: 'ada@example.com',
    phone: '+44 7700 900123',
    lang: 'en',
    timezone: 'Europe/London',
    consents: [{ channel: 'webchat', optedIn: true, at: T0 }],
    createdAt: T0,
    updatedAt: T0,
    ...overrides,
  };
}

export function identity(overrides: Partial<Identity> = {}): Identity {
  return {
    channel: 'telegram',
    channelUserId: 'tg_42',
    customerId: 'cus_1',
    verified: false,
    createdAt: T0,
    ...overrides,
  };
}

export function product(overrides: Partial<Product> = {}): Product {
  return {
    id: 'p_1',
    name: { en: 'Linen shirt', zh: '亚麻衬衫' },
    description: { en: 'Breathable.', zh: '透气。' },
    category: 'shirts',
    priceCents: 4500,
    currency: 'GBP',
    colours: ['white', 'blue'],
    sizes: ['S', 'M', 'L'],
    material: { en: 'linen', zh: '亚麻' },
    variants: [{ sku: 'p_1-w-m', size: 'M', colour: 'white', stock: 3 }],
    imageUrl: 'https://shop.example/p_1.jpg',
    tags: ['summer'],
    finalSale: false,
    consumable: false,
    active: true,
    createdAt: T0,
    updatedAt: T0,
    ...overrides,
  };
}

export function order(overrides: Partial<Order> = {}): Order {
  return {
    id: '10234',
    customerId: 'cus_1',
    email: 'ada@example.com',
    status: 'shipped',
    items: [
      {
        productId: 'p_1',
        sku: 'p_1-w-m',
        name: { en: 'Linen shirt', zh: '亚麻衬衫' },
        quantity: 1,
        unitPriceCents: 4500,
      },
    ],
    totalCents: 4500,
    currency: 'GBP',
    shippingAddress: { name: 'Ada', line1: '1 Analytical Row', city: 'London', postcode: 'N1 1AA', country: 'GB' },
    shippingMethod: 'standard',
    carrier: 'Royal Mail',
    trackingNumber: 'RM123',
    createdAt: T0,
    paidAt: T0,
    shippedAt: at(60),
    updatedAt: at(60),
    ...overrides,
  };
}

export function returnRequest(overrides: Partial<ReturnRequest> = {}): ReturnRequest {
  return {
    id: 'RMA-1',
    orderId: '10234',
    customerId: 'cus_1',
    items: [{ productId: 'p_1', sku: 'p_1-w-m', quantity: 1 }],
    reason: 'too small',
    status: 'requested',
    refundCents: 4500,
    createdAt: T0,
    updatedAt: T0,
    ...overrides,
  };
}

export function conversation(overrides: Partial<Conversation> = {}): Conversation {
  return {
    id: 'webchat:conv_1',
    ref: { channel: 'webchat', channelConversationId: 'conv_1', channelUserId: 'visitor_1' },
    customerId: 'cus_1',
    lang: 'en',
    state: { form: { name: 'return', slots: { orderId: '10234' } }, turns: 2 },
    handoff: 'bot',
    version: 1,
    createdAt: T0,
    lastActivityAt: T0,
    ...overrides,
  };
}

export function message(overrides: Partial<Omit<StoredMessage, 'id' | 'seq'>> = {}): Omit<StoredMessage, 'id' | 'seq'> {
  return {
    conversationId: 'webchat:conv_1',
    direction: 'in',
    text: 'where is my order',
    intent: 'order.status',
    score: 0.93,
    lang: 'en',
    at: T0,
    ...overrides,
  };
}

export function event(overrides: Partial<CustomerEvent> = {}): Omit<CustomerEvent, 'id'> & { id?: string } {
  return {
    customerId: 'cus_1',
    conversationId: 'webchat:conv_1',
    channel: 'webchat',
    type: 'product_view',
    productId: 'p_1',
    data: { source: 'card' },
    at: T0,
    ...overrides,
  };
}

export function handoff(overrides: Partial<Handoff> = {}): Handoff {
  return {
    id: 'h_1',
    conversationId: 'webchat:conv_1',
    customerId: 'cus_1',
    status: 'pending',
    reason: 'asked for a human',
    createdAt: T0,
    updatedAt: T0,
    ...overrides,
  };
}

export function offer(overrides: Partial<Offer> = {}): Offer {
  return {
    id: 'off_1',
    campaignId: 'camp_1',
    customerId: 'cus_1',
    channel: 'telegram',
    code: 'SPRING-7Q2K',
    status: 'sent',
    expiresAt: at(60 * 24 * 7),
    sentAt: T0,
    createdAt: T0,
    ...overrides,
  };
}

export function campaign(overrides: Partial<Campaign> = {}): Campaign {
  return {
    id: 'camp_1',
    name: 'Spring win-back',
    active: true,
    propensityMin: 0.4,
    propensityMax: 0.8,
    categories: ['shirts'],
    offer: { kind: 'discount', percentOff: 10, validDays: 7, codePrefix: 'SPRING' },
    template: { en: 'Here is 10% off', zh: '九折优惠' },
    channels: ['telegram', 'webchat'],
    holdoutShare: 0.1,
    frequencyCapDays: 14,
    quietHours: { start: 21, end: 9 },
    createdAt: T0,
    updatedAt: T0,
    ...overrides,
  };
}

export function note(overrides: Partial<Note> = {}): Note {
  return {
    id: 'n_1',
    kind: 'nlu_review',
    conversationId: 'webchat:conv_1',
    customerId: 'cus_1',
    text: 'low confidence',
    data: { score: 0.31 },
    at: T0,
    ...overrides,
  };
}
