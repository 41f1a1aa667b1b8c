import { CallbackDataCodec } from './callback-data';
import { parseCommand } from './parse';
import { quickReplyKeyboard, renderReply } from './render';

describe('CallbackDataCodec', () => {
  it('passes short payloads through and maps long ones to a ≤64-byte token that decodes back', async () => {
    const codec = new CallbackDataCodec();
    expect(codec.encode('product:p1')).toBe('product:p1');
    const long = `slot:note:${'长'.repeat(30)}`; // 10 + 90 bytes
    const token = codec.encode(long);
    expect(Buffer.byteLength(token)).toBeLessThanOrEqual(64);
    expect(await codec.decode(token)).toBe(long);
    expect(await codec.decode('product:p1')).toBe('product:p1');
  });

  it('forgets the oldest long payloads beyond its capacity', async () => {
    const codec = new CallbackDataCodec({ capacity: 2 });
    const tokens = ['a', 'b', 'c'].map((c) => codec.encode(c.repeat(70)));
    expect(await codec.decode(tokens[0]!)).toBeUndefined();
    expect(await codec.decode(tokens[2]!)).toBe('c'.repeat(70));
  });

  it('never lets a short payload be mistaken for a token', async () => {
    const codec = new CallbackDataCodec();
    const token = codec.encode('~#looks-like-a-token');
    expect(token).not.toBe('~#looks-like-a-token');
    expect(await codec.decode(token)).toBe('~#looks-like-a-token');
  });

  it('shares long payloads through the store: another instance (or a restart) decodes the token', async () => {
    const kvData = new Map<string, string>();
    const kv = {
      get: async (key: string) => kvData.get(key) ?? null,
      set: async (key: string, value: string) => void kvData.set(key, value),
    };
    const first = new CallbackDataCodec({ kv });
    const long = `return-item:${'x'.repeat(80)}`;
    const token = first.encode(long);
    await first.flush();
    const second = new CallbackDataCodec({ kv });
    expect(await second.decode(token)).toBe(long);
    expect(await new CallbackDataCodec().decode(token)).toBeUndefined();
  });
});

describe('parseCommand', () => {
  it.each([
    ['/start', { name: 'start', arg: '' }],
    ['/START@Shop_bot', { name: 'start', arg: '' }],
    ['/start abc-123', { name: 'start', arg: 'abc-123' }],
    ['/track  A1234 ', { name: 'track', arg: 'A1234' }],
  ])('%s', (text, expected) => {
    expect(parseCommand(text)).toEqual(expected);
  });

  it('leaves ordinary text alone', () => {
    expect(parseCommand('where is /my order')).toBeUndefined();
    expect(parseCommand('/')).toBeUndefined();
  });
});

describe('renderReply', () => {
  const codec = new CallbackDataCodec();

  it('packs short quick replies three to a row and long ones alone', () => {
    const rows = quickReplyKeyboard(
      [
        { label: '1', payload: 'csat:1' },
        { label: '2', payload: 'csat:2' },
        { label: '3', payload: 'csat:3' },
        { label: '4', payload: 'csat:4' },
        { label: 'Talk to a person, please, right now', payload: 'handoff:asked' },
      ],
      codec,
    );
    expect(rows.map((r) => r.length)).toEqual([3, 1, 1]);
  });

  it('drops url buttons Telegram cannot open', () => {
    const ops = renderReply(
      { text: '', cards: [{ id: 'x', title: 'X', buttons: [{ label: 'Bad', url: 'javascript:alert(1)' }] }] },
      codec,
    );
    expect(ops).toEqual([{ kind: 'text', text: 'X' }]);
  });

  it('hangs quick replies of a text-less reply on the last card', () => {
    const ops = renderReply(
      {
        text: ' ',
        cards: [{ id: 'x', title: 'X', imageUrl: 'https://img.example/x.png' }],
        quickReplies: [{ label: 'More', payload: 'intent:more' }],
      },
      codec,
    );
    expect(ops).toHaveLength(1);
    expect(ops[0]).toMatchObject({ kind: 'photo', keyboard: [[{ text: 'More', callback_data: 'intent:more' }]] });
  });

  it('truncates captions at 1024 characters', () => {
    const [op] = renderReply(
      { text: '', cards: [{ id: 'x', title: 'X', subtitle: 'y'.repeat(2000), imageUrl: 'https://img.example/x.png' }] },
      codec,
    );
    expect(op?.kind === 'photo' && op.caption.length).toBe(1024);
  });
});
