import { arrivalDate } from '../../../src/skills/shop/delivery-by-date';

describe('arrivalDate', () => {
  it('counts working days from the day the order is placed', () => {
    // Thursday 15 January 2026: one working day is Friday, two the Monday after.
    const thursday = new Date('2026-01-15T10:00:00Z');
    expect(arrivalDate(thursday, 1)).toBe('2026-01-16');
    expect(arrivalDate(thursday, 2)).toBe('2026-01-19');
    expect(arrivalDate(thursday, 5)).toBe('2026-01-22');
  });

  it('sends an order placed at the weekend on Monday', () => {
    const sunday = new Date('2026-11-29T10:00:00Z');
    expect(arrivalDate(sunday, 1)).toBe('2026-12-01');
    expect(arrivalDate(sunday, 5)).toBe('2026-12-07');
  });
});
