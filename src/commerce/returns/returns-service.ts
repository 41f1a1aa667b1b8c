/**
 * Return requests (RMAs): eligibility per item under the shop policy, creation with a refund amount,
 * and the customer's and order's returns.
 */
import { ValidationError } from '../../core/errors';
import type { Order, Product, ReturnRequest } from '../../store/entities';
import type { EventRepo, KvRepo, ProductRepo, ReturnRepo } from '../../store/repositories';
import type { ItemEligibility, ReturnsService, ShopPolicy } from '../types';
import { itemEligibility } from './eligibility';
import { nextRmaId } from './rma-id';

export class StoreReturnsService implements ReturnsService {
  constructor(
    private readonly deps: {
      returns: ReturnRepo;
      products: ProductRepo;
      events: EventRepo;
      kv: KvRepo;
      policy: ShopPolicy;
    },
  ) {}

  async eligibility(order: Order, now: Date): Promise<ItemEligibility[]> {
    const ids = [...new Set(order.items.map((i) => i.productId))];
    const products = await this.deps.products.list({ ids });
    const returns = await this.deps.returns.listByOrder(order.id);
    return itemEligibility({
      order,
      products: new Map<string, Product>(products.map((p) => [p.id, p])),
      returns,
      policy: this.deps.policy,
      now,
    });
  }

  async create(input: { order: Order; skus: string[]; reason: string; now: Date }): Promise<ReturnRequest> {
    const { order, now } = input;
    const skus = [...new Set(input.skus)];
    if (skus.length === 0) throw new ValidationError('a return needs at least one item');
    const eligibility = await this.eligibility(order, now);
    const bySku = new Map(eligibility.map((e) => [e.sku, e]));
    const refused = skus
      .map((sku) => ({ sku, reason: bySku.has(sku) ? bySku.get(sku)?.reason : 'not_in_order' }))
      .filter((r) => r.reason !== undefined);
    if (refused.length > 0) {
      throw new ValidationError('some items cannot be returned', { orderId: order.id, refused });
    }

    const items = order.items
      .filter((item) => skus.includes(item.sku))
      .map((item) => ({ productId: item.productId, sku: item.sku, quantity: item.quantity }));
    const refundCents = order.items
      .filter((item) => skus.includes(item.sku))
      .reduce((sum, item) => sum + item.unitPriceCents * item.quantity, 0);
    const at = now.toISOString();
    const request: ReturnRequest = {
      id: await nextRmaId(this.deps.kv, now),
      orderId: order.id,
      customerId: order.customerId,
      items,
      reason: input.reason,
      status: 'requested',
      refundCents,
      createdAt: at,
      updatedAt: at,
    };
    await this.deps.returns.create(request);
    await this.deps.events.append({
      customerId: order.customerId,
      type: 'return_requested',
      valueCents: refundCents,
      data: { orderId: order.id, returnId: request.id, skus },
      at,
    });
    return request;
  }

  async listForCustomer(customerId: string): Promise<ReturnRequest[]> {
    return newestFirst(await this.deps.returns.listByCustomer(customerId));
  }

  async listForOrder(orderId: string): Promise<ReturnRequest[]> {
    return newestFirst(await this.deps.returns.listByOrder(orderId));
  }
}

function newestFirst(returns: ReturnRequest[]): ReturnRequest[] {
  return returns.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}
