/**
 * Returned objects are copies, and operator objects smuggled in where a string belongs (the classic
 * NoSQL injection, e.g. a JSON body `{"email": {"$gt": ""}}`) never match anything.
 */
import { ValidationError } from '../../../src/core/errors';
import * as f from '../fixtures';
import type { ContractContext } from '../harness';

/** What a parsed request body can carry where the type says string. */
const operator = (op: string): string => ({ [op]: '' }) as unknown as string;

export function safetyCases(ctx: ContractContext): void {
  it('returns copies: mutating a result or an input changes nothing stored', async () => {
    const s = ctx.store();
    const input = f.conversation();
    await s.conversations.create(input);
    input.state.turns = 1000;
    const read = await s.conversations.get(input.id);
    if (!read) throw new Error('conversation missing');
    expect(read.state.turns).toBe(2);
    read.state.turns = 50;
    const saved = await s.conversations.save(read);
    saved.state.turns = 51;
    expect((await s.conversations.get(input.id))?.state.turns).toBe(50);
    const p = f.product();
    await s.products.upsert(p);
    const listed = await s.products.list();
    listed[0]?.variants.push({ sku: 'x', stock: 1 });
    expect((await s.products.get('p_1'))?.variants).toHaveLength(1);
    const m = await s.messages.append(f.message());
    m.text = 'tampered';
    expect((await s.messages.list(m.conversationId))[0]?.text).toBe('where is my order');
    const e = await s.events.append(f.event());
    (e.data as Record<string, unknown>).source = 'tampered';
    expect((await s.events.list())[0]?.data).toEqual({ source: 'card' });
  });

  it.each(['$gt', '$ne', '$regex', '$where', '$exists'])('rejects a %s object where a string belongs', async (op) => {
    const s = ctx.store();
    await s.customers.create(f.customer());
    await s.identities.create(f.identity());
    await s.offers.create(f.offer());
    await s.handoffs.create(f.handoff({ threadChannel: 'C1', threadTs: '1.1' }));
    const attempts: Promise<unknown>[] = [
      s.customers.get(operator(op)),
      s.customers.findByEmail(operator(op)),
      s.customers.findByPhone(operator(op)),
      s.identities.get('telegram', operator(op)),
      s.offers.findByCode(operator(op)),
      s.orders.listByCustomer(operator(op)),
      s.events.list({ customerId: operator(op) }),
      s.handoffs.findByThread('C1', operator(op)),
      s.kv.get(operator(op)),
    ];
    for (const attempt of attempts) await expect(attempt).rejects.toBeInstanceOf(ValidationError);
    // Nothing was touched by the attempts.
    expect(await s.customers.get('cus_1')).toEqual(f.customer());
  });

  it('rejects operator objects in deletes, so they cannot wipe a collection', async () => {
    const s = ctx.store();
    await s.orders.create(f.order());
    await expect(s.orders.deleteByCustomer(operator('$ne'))).rejects.toBeInstanceOf(ValidationError);
    await expect(s.events.reassign(operator('$ne'), 'cus_evil')).rejects.toBeInstanceOf(ValidationError);
    expect(await s.orders.count()).toBe(1);
  });

  it('stores keys that look like operators as plain data', async () => {
    const s = ctx.store();
    await s.customers.create(f.customer({ id: '$gt', email: '{"$ne":null}' }));
    expect((await s.customers.get('$gt'))?.email).toBe('{"$ne":null}');
    expect((await s.customers.findByEmail('{"$ne":null}'))?.id).toBe('$gt');
    expect(await s.customers.get('cus_1')).toBeNull();
  });
}
