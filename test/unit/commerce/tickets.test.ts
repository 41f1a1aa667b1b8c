import { addReplyEmail, addTicketDetail, recordTicketOnce, type TicketRequest } from '../../../src/commerce/tickets';
import { openTempStore, type TempStore } from '../../support/temp-store';

const HOUR = 60 * 60 * 1000;
const AT = new Date('2026-03-12T10:00:00Z');

describe('recordTicketOnce', () => {
  let temp: TempStore;
  beforeEach(async () => {
    temp = await openTempStore();
  });
  afterEach(() => temp.close());

  const request = (overrides: Partial<TicketRequest> = {}): TicketRequest => ({
    conversationId: 'c1',
    customerId: 'cus_1',
    text: 'Send a copy of the invoice for order 10234',
    subject: { cause: 'invoice_copy', orderId: '10234' },
    data: { email: 'ada@example.com' },
    at: AT,
    ...overrides,
  });
  const tickets = (conversationId = 'c1') => temp.store.notes.list('ticket', { conversationId });

  it('records a ticket with its subject in the data and a readable id', async () => {
    expect(await recordTicketOnce(temp.store.notes, request())).toBe(true);
    const [ticket] = await tickets();
    expect(ticket).toMatchObject({
      kind: 'ticket',
      customerId: 'cus_1',
      text: 'Send a copy of the invoice for order 10234',
      data: { cause: 'invoice_copy', orderId: '10234', email: 'ada@example.com' },
      at: AT.toISOString(),
    });
    expect(ticket?.id).toMatch(/^T-[A-HJKMNP-TV-Z0-9]{8}$/);
  });

  it('records the same subject once per conversation, other subjects and conversations apart', async () => {
    await recordTicketOnce(temp.store.notes, request());
    expect(await recordTicketOnce(temp.store.notes, request({ at: new Date(AT.getTime() + 90 * 24 * HOUR) }))).toBe(
      false,
    );
    expect(
      await recordTicketOnce(temp.store.notes, request({ subject: { cause: 'invoice_copy', orderId: '10235' } })),
    ).toBe(true);
    expect(await recordTicketOnce(temp.store.notes, request({ conversationId: 'c2' }))).toBe(true);
    expect(await tickets()).toHaveLength(2);
  });

  it('counts an earlier ticket as the same request only within the window, when one is given', async () => {
    const followUp = (at: Date) =>
      request({ subject: { cause: 'out_of_hours' }, text: 'Follow up by email', at, withinMs: 12 * HOUR });
    expect(await recordTicketOnce(temp.store.notes, followUp(AT))).toBe(true);
    expect(await recordTicketOnce(temp.store.notes, followUp(new Date(AT.getTime() + 11 * HOUR)))).toBe(false);
    expect(await recordTicketOnce(temp.store.notes, followUp(new Date(AT.getTime() + 13 * HOUR)))).toBe(true);
    expect(await tickets()).toHaveLength(2);
  });

  it('adds a reply address to the latest recent ticket that has none, and to no other', async () => {
    const followUp = request({ subject: { cause: 'desk_unavailable' }, text: 'Follow up by email', data: {} });
    await recordTicketOnce(temp.store.notes, followUp);
    const later = new Date(AT.getTime() + HOUR);
    const reply = { conversationId: 'c1', email: 'ada@example.com', at: later, withinMs: 12 * HOUR };
    const ticket = await addReplyEmail(temp.store.notes, reply);
    expect(ticket).toMatchObject({
      text: 'Follow up by email (reply to ada@example.com)',
      data: { cause: 'desk_unavailable', email: 'ada@example.com' },
    });
    expect((await tickets())[0]).toEqual(ticket);
    // The ticket has its address now; another conversation's and an old ticket get none.
    expect(await addReplyEmail(temp.store.notes, { ...reply, email: 'other@example.com' })).toBeNull();
    expect(await addReplyEmail(temp.store.notes, { ...reply, conversationId: 'c2' })).toBeNull();
    await recordTicketOnce(temp.store.notes, { ...followUp, conversationId: 'c3' });
    const tooLate = new Date(AT.getTime() + 13 * HOUR);
    expect(await addReplyEmail(temp.store.notes, { ...reply, conversationId: 'c3', at: tooLate })).toBeNull();
  });

  it('adds what the shopper says next to the latest recent follow-up ticket, up to five lines', async () => {
    await recordTicketOnce(temp.store.notes, request({ subject: { cause: 'desk_unavailable' }, text: 'Follow up' }));
    const later = new Date(AT.getTime() + HOUR);
    const detail = { conversationId: 'c1', detail: "we're a boutique in Leeds", at: later, withinMs: 12 * HOUR };
    const ticket = await addTicketDetail(temp.store.notes, detail);
    expect(ticket).toMatchObject({
      text: "Follow up | shopper: we're a boutique in Leeds",
      data: { details: ["we're a boutique in Leeds"] },
    });
    for (let i = 0; i < 4; i++) await addTicketDetail(temp.store.notes, { ...detail, detail: `line ${i}` });
    expect(await addTicketDetail(temp.store.notes, { ...detail, detail: 'one too many' })).toBeNull();
    expect((await tickets())[0]?.data?.details).toHaveLength(5);
    // Another conversation, and a ticket past its window, take nothing.
    expect(await addTicketDetail(temp.store.notes, { ...detail, conversationId: 'c2' })).toBeNull();
    const tooLate = new Date(AT.getTime() + 13 * HOUR);
    expect(await addTicketDetail(temp.store.notes, { ...detail, conversationId: 'c1', at: tooLate })).toBeNull();
  });
});
