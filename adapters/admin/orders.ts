import { Router } from 'express';
import { z } from 'zod';
import { ORDER_STATUSES, type Order, type Store } from '../../src/store';
import { adminGuard, parseOr400 } from './guard';

const isoDate = z.iso.datetime({ offset: true });
const localized = z.object({ en: z.string().max(300), zh: z.string().max(300) });

/** An order as the shop platform sends it: created, paid, shipped, delivered, cancelled. */
const orderSchema = z.object({
  id: z.string().regex(/^[A-Za-z0-9-]{3,40}$/),
  customerId: z.string().min(1).max(100),
  email: z.email().max(254),
  phone: z.string().max(40).optional(),
  status: z.enum(ORDER_STATUSES),
  items: z
    .array(
      z.object({
        productId: z.string().min(1).max(64),
        sku: z.string().min(1).max(64),
        name: localized,
        quantity: z.number().int().positive().max(10_000),
        unitPriceCents: z.number().int().nonnegative(),
        size: z.string().max(20).optional(),
        colour: z.string().max(30).optional(),
      }),
    )
    .min(1)
    .max(500),
  totalCents: z.number().int().nonnegative(),
  currency: z.string().regex(/^[A-Z]{3}$/),
  shippingAddress: z.object({
    name: z.string().max(200),
    line1: z.string().max(200),
    line2: z.string().max(200).optional(),
    city: z.string().max(100),
    postcode: z.string().max(20),
    country: z.string().max(60),
  }),
  shippingMethod: z.string().max(60),
  carrier: z.string().max(60).optional(),
  trackingNumber: z.string().max(80).optional(),
  promoCode: z.string().max(40).optional(),
  createdAt: isoDate,
  paidAt: isoDate.optional(),
  shippedAt: isoDate.optional(),
  expectedDeliveryAt: isoDate.optional(),
  deliveredAt: isoDate.optional(),
  cancelledAt: isoDate.optional(),
  updatedAt: isoDate,
});

/**
 * The shop platform's order webhook: keeps the bot's copy of an order current, logs purchases into
 * the customer's event log, and counts the redemption of an offer code used at checkout.
 */
export function ordersRouter(deps: {
  adminToken: string;
  store: Store;
  recordRedemption: (order: Order) => Promise<unknown>;
}): Router {
  const router = Router();
  router.put('/api/admin/orders/:id', adminGuard(deps.adminToken), async (req, res) => {
    const order = parseOr400(orderSchema, { ...req.body, id: req.params.id }, res);
    if (!order) return;
    const previous = await deps.store.orders.get(order.id);
    if (previous) await deps.store.orders.update(order);
    else await deps.store.orders.create(order);
    const newlyPaid = order.paidAt !== undefined && previous?.paidAt === undefined;
    if (newlyPaid) {
      for (const item of order.items) {
        await deps.store.events.append({
          customerId: order.customerId,
          type: 'purchase',
          productId: item.productId,
          valueCents: item.unitPriceCents * item.quantity,
          data: { orderId: order.id },
          at: order.paidAt ?? order.updatedAt,
        });
      }
      await deps.recordRedemption(order);
    }
    res.status(previous ? 200 : 201).json({ id: order.id, created: !previous });
  });
  return router;
}
