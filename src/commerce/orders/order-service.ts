/**
 * Orders as the bot may touch them: prove ownership (rate limited, revealing nothing about orders that
 * are not yours), list a customer's orders, and cancel or re-address an order until it ships.
 */
import type { Address, Order, OrderStatus } from '../../store/entities';
import type { EventRepo, KvRepo, OrderRepo, ProductRepo } from '../../store/repositories';
import type { OrderService, VerifyInput, VerifyResult } from '../types';
import { AttemptLimiter, type LimitRule } from './attempt-limiter';
import { sameEmail, samePhone } from './ownership';

export interface VerifyLimits {
  /** Wrong proofs one conversation may make per window (stops guessing many orders). */
  perConversation: { maxAttempts: number; windowMs: number };
  /** Wrong proofs against one order per window, across all conversations (stops guessing one order). */
  perOrder: { maxAttempts: number; windowMs: number };
}

export const DEFAULT_VERIFY_LIMITS: VerifyLimits = {
  perConversation: { maxAttempts: 3, windowMs: 15 * 60_000 },
  perOrder: { maxAttempts: 5, windowMs: 60 * 60_000 },
};

const OPEN_STATUSES: readonly OrderStatus[] = ['pending', 'paid'];
const SHIPPED_STATUSES: readonly OrderStatus[] = ['shipped', 'delivered'];

type ChangeResult = { ok: true; order: Order } | { ok: false; reason: 'already_shipped' | 'already_closed' };

/** "#10234" and " 10234 " are the same order number. */
export function normaliseOrderId(orderId: string): string {
  return orderId.trim().replace(/^#/, '').toUpperCase();
}

export class StoreOrderService implements OrderService {
  private readonly limiter: AttemptLimiter;
  private readonly conversationRule: LimitRule;
  private readonly orderRule: LimitRule;

  constructor(
    private readonly deps: {
      orders: OrderRepo;
      events: EventRepo;
      kv: KvRepo;
      /** When given, a cancelled order's items go back into stock. */
      products?: Pick<ProductRepo, 'get' | 'upsert'>;
      limits?: VerifyLimits;
    },
  ) {
    const limits = deps.limits ?? DEFAULT_VERIFY_LIMITS;
    this.limiter = new AttemptLimiter(deps.kv);
    this.conversationRule = { scope: 'verify:conv', ...limits.perConversation };
    this.orderRule = { scope: 'verify:order', ...limits.perOrder };
  }

  async verify(input: VerifyInput): Promise<VerifyResult> {
    const orderId = normaliseOrderId(input.orderId);
    const { now, conversationId } = input;
    // Checked before the proof, so a blocked guesser learns nothing even from a right answer.
    if (
      (await this.limiter.isBlocked(this.conversationRule, conversationId, now)) ||
      (await this.limiter.isBlocked(this.orderRule, orderId, now))
    ) {
      return { ok: false, reason: 'rate_limited' };
    }
    const offeredProof = Boolean(input.email?.trim() || input.phone?.trim() || input.verifiedCustomerId);
    if (!offeredProof) return { ok: false, reason: 'mismatch' };

    const order = orderId ? await this.deps.orders.get(orderId) : null;
    if (order && ownsOrder(order, input)) return { ok: true, order };

    // An unknown order counts exactly like a wrong proof, so the two cannot be told apart.
    await this.limiter.recordFailure(this.conversationRule, conversationId, now);
    await this.limiter.recordFailure(this.orderRule, orderId, now);
    return { ok: false, reason: 'mismatch' };
  }

  async listForCustomer(customerId: string): Promise<Order[]> {
    const orders = await this.deps.orders.listByCustomer(customerId);
    return orders.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  }

  async cancel(order: Order, now: Date): Promise<ChangeResult> {
    const current = await this.fresh(order);
    const refusal = refuseUnlessOpen(current.status);
    if (refusal) return refusal;
    const at = now.toISOString();
    const cancelled: Order = { ...current, status: 'cancelled', cancelledAt: at, updatedAt: at };
    await this.deps.orders.update(cancelled);
    await this.restock(current, at);
    await this.deps.events.append({
      customerId: current.customerId,
      type: 'order_cancelled',
      data: { orderId: current.id, fromStatus: current.status },
      at,
    });
    return { ok: true, order: cancelled };
  }

  /** Puts a cancelled order's units back on the shelf, variant by variant. */
  private async restock(order: Order, at: string): Promise<void> {
    const { products } = this.deps;
    if (!products) return;
    for (const item of order.items) {
      const product = await products.get(item.productId);
      if (!product?.variants.some((v) => v.sku === item.sku)) continue;
      const variants = product.variants.map((v) => (v.sku === item.sku ? { ...v, stock: v.stock + item.quantity } : v));
      await products.upsert({ ...product, variants, updatedAt: at });
    }
  }

  async changeAddress(order: Order, address: Address, now: Date): Promise<ChangeResult> {
    const current = await this.fresh(order);
    const refusal = refuseUnlessOpen(current.status);
    if (refusal) return refusal;
    const at = now.toISOString();
    const changed: Order = { ...current, shippingAddress: { ...address }, updatedAt: at };
    await this.deps.orders.update(changed);
    // The address itself stays out of the event log: events feed analytics, not delivery.
    await this.deps.events.append({
      customerId: current.customerId,
      type: 'order_address_changed',
      data: { orderId: current.id },
      at,
    });
    return { ok: true, order: changed };
  }

  /** The stored order, in case it moved on since the caller read it (shipped meanwhile). */
  private async fresh(order: Order): Promise<Order> {
    return (await this.deps.orders.get(order.id)) ?? order;
  }
}

function ownsOrder(order: Order, proof: { email?: string; phone?: string; verifiedCustomerId?: string }): boolean {
  if (proof.verifiedCustomerId && proof.verifiedCustomerId === order.customerId) return true;
  if (proof.email?.trim() && sameEmail(proof.email, order.email)) return true;
  return Boolean(proof.phone?.trim() && order.phone && samePhone(proof.phone, order.phone));
}

function refuseUnlessOpen(status: OrderStatus): { ok: false; reason: 'already_shipped' | 'already_closed' } | null {
  if (OPEN_STATUSES.includes(status)) return null;
  return { ok: false, reason: SHIPPED_STATUSES.includes(status) ? 'already_shipped' : 'already_closed' };
}
