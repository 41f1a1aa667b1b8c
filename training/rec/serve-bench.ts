/**
 * Serving latency of the live RecommendationService on the demo shop (embedded store in a temp dir):
 * one recommendation list per request, a mix of returning shoppers, newcomers, "more like this" and
 * constrained requests; then the same while a refit runs in the background. See --help.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir as osTmpdir } from 'node:os';
import { join } from 'node:path';
import { seedDemoShop } from '../../src/commerce';
import { ManualClock } from '../../src/core/clock';
import { silentLogger } from '../../src/core/logger';
import { type RecommendationRequest, RecommendationService } from '../../src/recommend';
import type { Product } from '../../src/store/entities';
import { openStore } from '../../src/store/open-store';
import type { Store } from '../../src/store/repositories';
import { intOption, note, parseOrExit, usageError } from '../cli/args';
import { quantile } from './metrics';

const HELP = `
Usage: tsx training/rec/serve-bench.ts [--requests N] [--extra-products N --extra-events N] [--json]

Seeds the demo shop into a temporary embedded store, fits the recommender, then times N calls of
RecommendationService.recommend (limit 4) and reports p50/p99/max in milliseconds (wall time, and CPU
time of this process), first with the service idle, then while forced refits run in slices on the
same thread. --extra-products/--extra-events grow the catalogue and the log (copies of demo products,
Zipf-distributed views by synthetic visitors) so that a refit takes seconds, not milliseconds.

Options:
  --requests N         requests per phase (default 5000)
  --extra-products N   products added to the demo catalogue (default 0)
  --extra-events N     product views added to the log (default 0)
  --json               print exactly one JSON object on stdout
  --help               this text
`;

function summarise(samples: number[]) {
  return { p50: quantile(samples, 0.5), p99: quantile(samples, 0.99), max: Math.max(...samples), n: samples.length };
}

/** Wall time and this process's CPU time per request: on a shared machine the two tell load from cost. */
interface Samples {
  wall: number[];
  cpu: number[];
}

/** Copies of demo products and Zipf-distributed views (fixed LCG: the same store every run). */
async function grow(store: Store, now: Date, products: number, events: number): Promise<void> {
  if (products === 0 && events === 0) return;
  const base = await store.products.list();
  const ids = base.map((p) => p.id);
  for (let i = 0; i < products; i++) {
    const p = base[i % base.length] as Product;
    const id = `${p.id}-x${i}`;
    await store.products.upsert({ ...p, id, name: { en: `${p.name.en} ${i}`, zh: `${p.name.zh}${i}` } });
    ids.push(id);
  }
  let s = 12345;
  const next = () => {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    return s / 4294967296;
  };
  for (let i = 0; i < events; i++) {
    // rank ~ u^3 · n: a long tail of rarely viewed products
    const productId = ids[Math.floor(next() ** 3 * ids.length)] as string;
    const at = new Date(now.getTime() - Math.floor(next() * 60 * 86_400_000)).toISOString();
    await store.events.append({
      customerId: `visitor-${Math.floor(next() * 2000)}`,
      type: 'product_view',
      productId,
      at,
    });
  }
}

async function main(): Promise<void> {
  const args = parseOrExit(process.argv.slice(2), ['json'], HELP);
  let requests: number;
  let extraProducts: number;
  let extraEvents: number;
  try {
    requests = intOption(args, 'requests', 5000);
    extraProducts = intOption(args, 'extra-products', 0, 0);
    extraEvents = intOption(args, 'extra-events', 0, 0);
  } catch (error) {
    usageError((error as Error).message, HELP);
  }
  const dir = mkdtempSync(join(osTmpdir(), 'concierge-rec-bench-'));
  const clock = new ManualClock('2026-03-02T10:00:00.000Z');
  const store = await openStore({ dataDir: dir, log: silentLogger(), clock });
  try {
    const seeded = await seedDemoShop(store, { clock });
    await grow(store, clock.now(), extraProducts, extraEvents);
    const service = new RecommendationService({ products: store.products, events: store.events, clock });
    const fitStart = performance.now();
    const first = await service.refresh();
    const fitMs = performance.now() - fitStart;
    note(`demo shop: ${seeded.counts.products} products, ${seeded.counts.events} events; fit ${fitMs.toFixed(1)} ms`);
    const customers = (await store.customers.list()).map((c) => c.id);
    const products = (await store.products.list()).map((p) => p.id);
    const request = (i: number): RecommendationRequest => {
      const customerId = i % 5 === 4 ? `visitor-${i}` : customers[i % customers.length];
      return {
        ...(customerId && { customerId }),
        ...(i % 3 === 0 && { seedProductId: products[i % products.length] }),
        ...(i % 7 === 0 && { constraints: { maxPriceCents: 10_000 } }),
        limit: 4,
      };
    };
    const time = async (n: number, offset: number, into: Samples = { wall: [], cpu: [] }): Promise<Samples> => {
      for (let i = 0; i < n; i++) {
        // Requests arrive as I/O events: yield a macrotask between them, as the network would, so a
        // refit's slices (setImmediate) interleave instead of waiting for the loop to end.
        await new Promise<void>((resolve) => setImmediate(resolve));
        const c0 = process.cpuUsage();
        const t0 = performance.now();
        await service.recommend(request(offset + i));
        into.wall.push(performance.now() - t0);
        const c = process.cpuUsage(c0);
        into.cpu.push((c.user + c.system) / 1000);
      }
      return into;
    };
    await time(200, 0); // warm-up: JIT and SQLite page cache
    const idleSamples = await time(requests, 1000);
    const idle = { wall: summarise(idleSamples.wall), cpu: summarise(idleSamples.cpu) };
    note(
      `idle: wall p50 ${idle.wall.p50.toFixed(3)} ms, p99 ${idle.wall.p99.toFixed(3)} ms; cpu p99 ${idle.cpu.p99.toFixed(3)} ms`,
    );

    // The refit itself also runs on this thread, in slices; a request's wall time includes any slice
    // it waited behind, its CPU time does not separate the two, so only wall time is reported here.
    const during: Samples = { wall: [], cpu: [] };
    let refits = 0;
    while (during.wall.length < requests) {
      let settled = false;
      const refit = service.refresh({ force: true }).then(() => {
        refits++;
        settled = true;
      });
      while (!settled && during.wall.length < requests) await time(1, 50_000 + during.wall.length, during);
      await refit;
    }
    const busy = summarise(during.wall);
    note(`during ${refits} refits: wall p50 ${busy.p50.toFixed(3)} ms, p99 ${busy.p99.toFixed(3)} ms`);
    const summary = {
      demo: seeded.counts,
      extra: { products: extraProducts, events: extraEvents },
      fitMs,
      fit: first.stats,
      idleMs: idle,
      duringRefitWallMs: { ...busy, refits },
      loadAverage: loadavg(),
      node: process.version,
    };
    if (args.flags.has('json')) process.stdout.write(`${JSON.stringify(summary)}\n`);
    else process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
