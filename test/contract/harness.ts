/**
 * The one store contract. `describeStoreContract` registers every case against a target (embedded in
 * a temp dir, or MongoDB in a fresh database); each test gets an empty location of its own.
 */
import { ManualClock } from '../../src/core/clock';
import type { Store } from '../../src/store';
import { constraintCases } from './cases/constraints';
import { durabilityCases } from './cases/durability';
import { entityCases } from './cases/entities';
import { expiryCases } from './cases/expiry';
import { queryCases } from './cases/queries';
import { safetyCases } from './cases/safety';
import { T0 } from './fixtures';

export interface StoreTarget {
  name: string;
  /** A fresh, empty place to keep data (a directory, a database name). */
  newLocation(): Promise<string>;
  open(location: string, clock: ManualClock): Promise<Store>;
  removeLocation(location: string): Promise<void>;
  /** Runs once after every case (e.g. drops the run's database). */
  finish?(): Promise<void>;
}

export interface ContractContext {
  /** The store under test, opened on this test's location. */
  store(): Store;
  clock: ManualClock;
  /** A second, independent store instance on the same location (closed after the test). */
  openAnother(): Promise<Store>;
  /** Closes the current store and opens a new one on the same location; `store()` then returns it. */
  reopen(): Promise<Store>;
}

/** `skip` registers the cases as skipped (jest reports them), e.g. when no MongoDB is configured. */
export function describeStoreContract(target: StoreTarget, options: { skip?: boolean } = {}): void {
  const describeOrSkip = options.skip ? describe.skip : describe;
  describeOrSkip(`store contract: ${target.name}`, () => {
    let location = '';
    let current: Store | undefined;
    let extra: Store[] = [];
    const clock = new ManualClock(T0);

    const ctx: ContractContext = {
      store: () => {
        if (!current) throw new Error('store not open');
        return current;
      },
      clock,
      openAnother: async () => {
        const another = await target.open(location, clock);
        extra.push(another);
        return another;
      },
      reopen: async () => {
        await current?.close();
        current = await target.open(location, clock);
        return current;
      },
    };

    beforeEach(async () => {
      clock.set(T0);
      location = await target.newLocation();
      current = await target.open(location, clock);
    });

    afterAll(async () => {
      await target.finish?.();
    });

    afterEach(async () => {
      for (const store of extra) await store.close();
      extra = [];
      await current?.close();
      current = undefined;
      await target.removeLocation(location);
    });

    describe('entities', () => entityCases(ctx));
    describe('constraints and concurrency', () => constraintCases(ctx));
    describe('queries', () => queryCases(ctx));
    describe('expiry and versions', () => expiryCases(ctx));
    describe('safety', () => safetyCases(ctx));
    describe('durability', () => durabilityCases(ctx));
  });
}
