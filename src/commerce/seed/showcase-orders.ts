/**
 * Hand-picked demo orders, one per situation worth trying in a conversation. Their numbers, owners and
 * statuses are fixed whatever the seed; docs/demo-shop.md lists them (a test keeps the two in step).
 */
import type { OrderStatus, ReturnStatus } from '../../store/entities';

export interface ShowcaseOrder {
  id: string;
  customerId: string;
  status: OrderStatus;
  /** Days before now of the order's latest milestone (placed, paid, shipped, delivered, cancelled). */
  daysAgo: number;
  shipping: 'standard' | 'express' | 'next-day';
  items: { productId: string; colour: string; size: string; quantity?: number }[];
  /** A return on this order, covering all its items. */
  returnStatus?: ReturnStatus;
  /** What to try with this order, for the docs table. */
  tryThis: string;
}

export const SHOWCASE_ORDERS: ShowcaseOrder[] = [
  {
    id: '10234',
    customerId: 'cust-001',
    status: 'shipped',
    daysAgo: 1,
    shipping: 'express',
    items: [{ productId: 'linen-wrap-dress', colour: 'red', size: 'M' }],
    tryThis: '"Where is my order 10234?" — tracking number and expected delivery',
  },
  {
    id: '10235',
    customerId: 'cust-001',
    status: 'delivered',
    daysAgo: 6,
    shipping: 'standard',
    items: [
      { productId: 'featherlight-running-shoes', colour: 'black', size: '38' },
      { productId: 'organic-cotton-tee', colour: 'white', size: 'M' },
    ],
    tryThis: '"I want to return the running shoes" — eligible, creates an RMA',
  },
  {
    id: '10236',
    customerId: 'cust-006',
    status: 'pending',
    daysAgo: 0.05,
    shipping: 'standard',
    items: [{ productId: 'canvas-market-tote', colour: 'cream', size: 'One size' }],
    tryThis: '"Cancel my order" — not paid yet, cancels at once',
  },
  {
    id: '10237',
    customerId: 'cust-002',
    status: 'paid',
    daysAgo: 1,
    shipping: 'next-day',
    items: [{ productId: 'waxed-cotton-jacket', colour: 'olive', size: 'L' }],
    tryThis: '"Can I change the delivery address?" — allowed before shipping',
  },
  {
    id: '10238',
    customerId: 'cust-015',
    status: 'delivered',
    daysAgo: 10,
    shipping: 'standard',
    items: [
      { productId: 'velvet-party-dress', colour: 'burgundy', size: 'S' },
      { productId: 'silk-hair-scarf', colour: 'pink', size: 'One size' },
    ],
    tryThis: 'Return both items — the velvet dress is final sale, the scarf can go back',
  },
  {
    id: '10239',
    customerId: 'cust-012',
    status: 'delivered',
    daysAgo: 75,
    shipping: 'standard',
    items: [{ productId: 'chelsea-boots', colour: 'brown', size: '39' }],
    tryThis: 'Ask to return the boots — the 30-day window has closed',
  },
  {
    id: '10240',
    customerId: 'cust-003',
    status: 'shipped',
    daysAgo: 1,
    shipping: 'express',
    items: [{ productId: 'leather-crossbody-bag', colour: 'brown', size: 'One size' }],
    tryThis: '"我的订单 10240 到哪里了？" — tracking in Chinese',
  },
  {
    id: '10241',
    customerId: 'cust-008',
    status: 'delivered',
    daysAgo: 4,
    shipping: 'standard',
    items: [
      { productId: 'silk-slip-dress', colour: 'black', size: 'S' },
      { productId: 'breton-stripe-top', colour: 'navy', size: 'S' },
    ],
    tryThis: '"我想退货" — a return in Chinese',
  },
  {
    id: '10242',
    customerId: 'cust-004',
    status: 'cancelled',
    daysAgo: 12,
    shipping: 'standard',
    items: [{ productId: 'fig-and-cedar-candle', colour: 'green', size: 'One size', quantity: 2 }],
    tryThis: 'Order status of a cancelled order',
  },
  {
    id: '10243',
    customerId: 'cust-009',
    status: 'returned',
    daysAgo: 9,
    shipping: 'standard',
    items: [{ productId: 'merino-crew-jumper', colour: 'green', size: 'M' }],
    returnStatus: 'refunded',
    tryThis: '"Has my refund gone through?" — refunded',
  },
  {
    id: '10244',
    customerId: 'cust-018',
    status: 'delivered',
    daysAgo: 8,
    shipping: 'standard',
    items: [{ productId: 'pleated-maxi-dress', colour: 'green', size: 'M' }],
    returnStatus: 'requested',
    tryThis: 'Return status — an RMA is already open; a second return is refused',
  },
  {
    id: '10245',
    customerId: 'cust-005',
    status: 'delivered',
    daysAgo: 15,
    shipping: 'express',
    items: [
      { productId: 'trail-running-shoes', colour: 'olive', size: '43' },
      { productId: 'stoneware-mug-pair', colour: 'cream', size: 'One size' },
    ],
    tryThis: '"退货" — the shoes can go back; homeware is final sale',
  },
  {
    id: '10246',
    customerId: 'cust-020',
    status: 'pending',
    daysAgo: 0.1,
    shipping: 'standard',
    items: [{ productId: 'canvas-low-trainers', colour: 'white', size: '37' }],
    tryThis: '"取消订单" — cancel in Chinese',
  },
  {
    id: '10247',
    customerId: 'cust-024',
    status: 'returned',
    daysAgo: 3,
    shipping: 'standard',
    items: [{ productId: 'wide-leg-jeans', colour: 'blue', size: 'M' }],
    returnStatus: 'received',
    tryThis: '"When will I get my money back?" — parcel received, refund pending',
  },
];
