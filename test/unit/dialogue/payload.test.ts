import { parsePayload, payloads } from '../../../src/dialogue/payload';

describe('payload grammar', () => {
  it('parses every kind', () => {
    expect(parsePayload('cmd:start')).toEqual({ kind: 'cmd', command: 'start' });
    expect(parsePayload('intent:order.track')).toEqual({ kind: 'intent', intent: 'order.track' });
    expect(parsePayload('slot:reason:too_small')).toEqual({ kind: 'slot', slot: 'reason', value: 'too_small' });
    expect(parsePayload('product:linen-wrap-dress')).toEqual({ kind: 'product', productId: 'linen-wrap-dress' });
    expect(parsePayload('more-like:p1')).toEqual({ kind: 'more-like', productId: 'p1' });
    expect(parsePayload('order:10234')).toEqual({ kind: 'order', orderId: '10234' });
    expect(parsePayload('return-item:sku-1')).toEqual({ kind: 'return-item', sku: 'sku-1' });
    expect(parsePayload('csat:4')).toEqual({ kind: 'csat', score: 4 });
    expect(parsePayload('handoff:complaint')).toEqual({ kind: 'handoff', reason: 'complaint' });
  });

  it('keeps colons inside values', () => {
    expect(parsePayload('slot:address:12 High St: Flat 2')).toEqual({
      kind: 'slot',
      slot: 'address',
      value: '12 High St: Flat 2',
    });
  });

  it('rejects anything outside the grammar', () => {
    for (const raw of [
      '',
      'hello',
      ':x',
      'cmd:reboot',
      'csat:9',
      'csat:2.5',
      'slot:reason',
      'slot::x',
      'nope:1',
      'intent:',
    ]) {
      expect(parsePayload(raw)).toBeUndefined();
    }
  });

  it('round-trips through the builders', () => {
    const built = [
      payloads.cmd('help'),
      payloads.intent('refund.policy'),
      payloads.slot('confirm', 'yes'),
      payloads.product('a'),
      payloads.moreLike('b'),
      payloads.order('10234'),
      payloads.returnItem('sku'),
      payloads.csat(5),
      payloads.handoff('shopper_request'),
    ];
    for (const raw of built) expect(parsePayload(raw)).toBeDefined();
  });
});
