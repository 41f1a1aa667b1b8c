/**
 * Builds one consistent Order from a status and a single anchor date: the milestones before it
 * (placed, paid, shipped, delivered) are laid out backwards, so every date agrees with the status.
 */
import type { Order, OrderItem, OrderStatus, Product } from '../../store/entities';
import type { ShopPolicy } from '../types';
import type { CustomerDef } from './customers-data';
import type { Prng } from './prng';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

export interface OrderLine {
  product: Product;
  colour: string;
  size: string;
  quantity: number;
}

function iso(ms: number): string {
  return new Date(ms).toISOString();
}

function trackingFor(carrier: string, rng: Prng): string {
  const digits = (n: number) => Array.from({ length: n }, () => rng.int(0, 9)).join('');
  if (carrier === 'Royal Mail') return `RM${digits(9)}GB`;
  if (carrier === 'DHL Express') return digits(10);
  return `15${digits(12)}`;
}

export function carrierFor(customer: CustomerDef, shipping: string): string {
  if (customer.country !== 'GB') return 'DHL Express';
  return shipping === 'standard' ? 'Royal Mail' : 'DPD';
}

export function orderItem(line: OrderLine, sku: string): OrderItem {
  return {
    productId: line.product.id,
    sku,
    name: { ...line.product.name },
    quantity: line.quantity,
    unitPriceCents: line.product.priceCents,
    size: line.size,
    colour: line.colour,
  };
}

export function shippingCents(policy: ShopPolicy, method: string, subtotal: number): number {
  const option = policy.shipping.find((s) => s.id === method) ?? policy.shipping[0];
  if (!option) return 0;
  return option.freeOverCents !== undefined && subtotal >= option.freeOverCents ? 0 : option.priceCents;
}

export function buildOrder(input: {
  id: string;
  customer: CustomerDef;
  status: OrderStatus;
  /** When the latest milestone of `status` happened. */
  anchor: Date;
  shipping: string;
  items: OrderItem[];
  policy: ShopPolicy;
  rng: Prng;
}): Order {
  const { customer, status, policy, rng } = input;
  const anchor = input.anchor.getTime();
  const option = policy.shipping.find((s) => s.id === input.shipping) ?? policy.shipping[0];
  const transitDays = Math.max(1, option?.maxDays ?? 3);
  const subtotal = input.items.reduce((sum, i) => sum + i.unitPriceCents * i.quantity, 0);

  const dates: Partial<Record<'createdAt' | 'paidAt' | 'shippedAt' | 'deliveredAt' | 'cancelledAt', number>> = {};
  switch (status) {
    case 'pending':
      dates.createdAt = anchor;
      break;
    case 'paid':
      dates.paidAt = anchor;
      dates.createdAt = anchor - 12 * 60_000;
      break;
    case 'cancelled':
      dates.cancelledAt = anchor;
      dates.createdAt = anchor - 3 * HOUR_MS;
      dates.paidAt = dates.createdAt + 12 * 60_000;
      break;
    default: {
      // shipped, delivered, returned: delivery lands inside the carrier's promise.
      const deliveredAt = status === 'returned' ? anchor - 8 * DAY_MS : anchor;
      dates.shippedAt = status === 'shipped' ? anchor : deliveredAt - Math.min(transitDays, 2) * DAY_MS;
      if (status !== 'shipped') dates.deliveredAt = deliveredAt;
      dates.paidAt = dates.shippedAt - 20 * HOUR_MS;
      dates.createdAt = dates.paidAt - 12 * 60_000;
    }
  }

  const shipped = dates.shippedAt !== undefined;
  const carrier = shipped ? carrierFor(customer, input.shipping) : undefined;
  const order: Order = {
    id: input.id,
    customerId: customer.id,
    email: customer.email,
    phone: customer.phone,
    status,
    items: input.items,
    totalCents: subtotal + shippingCents(policy, input.shipping, subtotal),
    currency: policy.currency,
    shippingAddress: {
      name: customer.name,
      line1: customer.line1,
      city: customer.city,
      postcode: customer.postcode,
      country: customer.country,
    },
    shippingMethod: input.shipping,
    createdAt: iso(dates.createdAt ?? anchor),
    updatedAt: iso(anchor),
  };
  if (dates.paidAt !== undefined) order.paidAt = iso(dates.paidAt);
  if (dates.shippedAt !== undefined) {
    order.shippedAt = iso(dates.shippedAt);
    order.expectedDeliveryAt = iso(dates.shippedAt + transitDays * DAY_MS);
  }
  if (dates.deliveredAt !== undefined) order.deliveredAt = iso(dates.deliveredAt);
  if (dates.cancelledAt !== undefined) order.cancelledAt = iso(dates.cancelledAt);
  if (carrier) {
    order.carrier = carrier;
    order.trackingNumber = trackingFor(carrier, rng);
  }
  return order;
}
