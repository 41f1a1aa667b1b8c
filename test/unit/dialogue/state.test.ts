import { readState, writeState } from '../../../src/dialogue/state';

describe('dialogue state', () => {
  it('starts empty from an empty record', () => {
    expect(readState({})).toEqual({ turn: 0, misunderstandings: 0, frustration: 0 });
  });

  it('drops malformed fields instead of trusting them', () => {
    const state = readState({
      turn: 'three',
      misunderstandings: 2,
      form: { name: 7 },
      lastShown: ['a', 3, 'b'],
      verified: [{ orderId: '1', customerId: 'c' }, { orderId: 2 }],
      lastProductId: null,
    });
    expect(state).toEqual({
      turn: 0,
      misunderstandings: 2,
      frustration: 0,
      lastShown: ['a', 'b'],
      verified: [{ orderId: '1', customerId: 'c' }],
    });
  });

  it('keeps a well-formed narrowing and reads the older category-only one', () => {
    const base = { turn: 1, misunderstandings: 0, frustration: 0 };
    expect(
      readState({ ...base, lastQuery: { category: 'dresses', maxPriceCents: 10000, colour: 3 } }).lastQuery,
    ).toEqual({
      category: 'dresses',
      maxPriceCents: 10000,
    });
    expect(readState({ ...base, lastCategory: 'jeans' }).lastQuery).toEqual({ category: 'jeans' });
    expect(readState({ ...base, lastQuery: { size: null } }).lastQuery).toBeUndefined();
    // The order a listing was asked in is kept; an order this release does not know is dropped.
    expect(readState({ ...base, lastQuery: { category: 'dresses', sort: 'price_low' } }).lastQuery).toEqual({
      category: 'dresses',
      sort: 'price_low',
    });
    expect(readState({ ...base, lastQuery: { sort: 'popular' } }).lastQuery).toBeUndefined();
  });

  it('keeps the sold-out variant and the UK size only when well formed', () => {
    const base = { turn: 1, misunderstandings: 0, frustration: 0 };
    const stored = { productId: 'linen-wrap-dress', size: 'S', colour: 'red' };
    expect(readState({ ...base, lastSoldOut: stored }).lastSoldOut).toEqual(stored);
    expect(readState({ ...base, lastSoldOut: { productId: 'p', size: 3 } }).lastSoldOut).toEqual({ productId: 'p' });
    expect(readState({ ...base, lastSoldOut: { size: 'S' } }).lastSoldOut).toBeUndefined();
    // The variant last asked about is read the same way.
    expect(readState({ ...base, lastVariant: stored }).lastVariant).toEqual(stored);
    expect(readState({ ...base, lastVariant: { colour: 'grey' } }).lastVariant).toBeUndefined();
    expect(readState({ ...base, lastUkSize: '12' }).lastUkSize).toBe('12');
    expect(readState({ ...base, lastUkSize: 12 }).lastUkSize).toBeUndefined();
  });

  it('round-trips a form as plain JSON', () => {
    const state = readState({});
    state.form = {
      name: 'order.track',
      values: { order_number: '10234' },
      asking: 'proof',
      tries: 1,
      checked: ['order_number'],
      data: { x: [1, 2] },
      startedAt: '2026-01-15T10:00:00.000Z',
      updatedAt: '2026-01-15T10:00:00.000Z',
    };
    const stored = JSON.parse(JSON.stringify(writeState(state)));
    expect(readState(stored)).toEqual(state);
  });
});
