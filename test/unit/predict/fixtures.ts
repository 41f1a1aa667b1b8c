/** Synthetic shoppers with a learnable difference between regular buyers and casual browsers. */
import { Prng } from '../../../src/commerce/seed/prng';
import type { ChannelId } from '../../../src/core/message';
import type { CustomerEvent } from '../../../src/store/entities';

const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;

export type Shopper = 'regular' | 'casual';

/** `days` of history ending at `now`: regulars visit every ~3 days and buy every ~8, casuals rarely look. */
export function shopperEvents(
  customerId: string,
  kind: Shopper,
  now: Date,
  seed: string,
  channel: ChannelId = 'webchat',
  days = 120,
): Omit<CustomerEvent, 'id'>[] {
  const rng = new Prng(`${seed}|${customerId}`);
  const events: Omit<CustomerEvent, 'id'>[] = [];
  const gap = kind === 'regular' ? [2, 4] : [20, 40];
  let day = days - rng.int(0, 3);
  let sinceBuy = rng.int(0, 6);
  while (day > 0) {
    let at = now.getTime() - day * DAY_MS + rng.int(9 * 60, 20 * 60) * MINUTE_MS;
    const views = kind === 'regular' ? rng.int(2, 6) : rng.int(1, 2);
    for (let v = 0; v < views; v++) {
      at += rng.int(1, 5) * MINUTE_MS;
      events.push({ customerId, channel, type: 'product_view', productId: `p${rng.int(1, 20)}`, at: iso(at) });
    }
    if (kind === 'regular') {
      at += 2 * MINUTE_MS;
      events.push({ customerId, channel, type: 'cart_add', productId: 'p1', valueCents: 2500, at: iso(at) });
      sinceBuy += rng.int(gap[0] as number, gap[1] as number);
      if (sinceBuy >= 8) {
        sinceBuy = 0;
        at += 3 * MINUTE_MS;
        events.push({
          customerId,
          channel,
          type: 'purchase',
          valueCents: 2500,
          data: { orderId: `${customerId}-${day}` },
          at: iso(at),
        });
      }
    }
    day -= rng.int(gap[0] as number, gap[1] as number);
  }
  return events;
}

function iso(ms: number): string {
  return new Date(ms).toISOString();
}
