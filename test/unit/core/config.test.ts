import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { configSchema, loadConfig } from '../../../src/core/config';
import { ERROR_CODES, httpStatusFor, ValidationError } from '../../../src/core/errors';
import { replyToPlainText } from '../../../src/core/message';

describe('loadConfig', () => {
  it('fills defaults from an empty environment', () => {
    const config = loadConfig({});
    expect(config.PORT).toBe(3000);
    expect(config.MONGODB_URI).toBeUndefined();
    expect(config.SEED_DEMO_DATA).toBe(true);
    expect(config.WEBCHAT_ALLOWED_ORIGINS).toEqual([]);
  });

  it('treats blank values as unset and splits lists', () => {
    const config = loadConfig({ MONGODB_URI: '  ', WEBCHAT_ALLOWED_ORIGINS: 'https://a.example, https://b.example' });
    expect(config.MONGODB_URI).toBeUndefined();
    expect(config.WEBCHAT_ALLOWED_ORIGINS).toEqual(['https://a.example', 'https://b.example']);
  });

  it('names the bad variable', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => loadConfig({ TELEGRAM_MODE: 'carrier-pigeon' })).toThrow(/TELEGRAM_MODE/);
    expect(() => loadConfig({ MONGODB_URI: 'postgres://x' })).toThrow(/MONGODB_URI/);
  });
});

describe('errors', () => {
  it('map codes to HTTP statuses', () => {
    expect(httpStatusFor(new ValidationError('bad').code)).toBe(400);
    expect(httpStatusFor(ERROR_CODES.RATE_LIMITED)).toBe(429);
    expect(httpStatusFor(ERROR_CODES.INTERNAL)).toBe(500);
  });
});

describe('replyToPlainText', () => {
  it('degrades cards and quick replies to text', () => {
    const text = replyToPlainText({
      text: 'Here you go',
      cards: [{ id: 'p1', title: 'Linen dress', price: '£45.00', subtitle: 'Blue, sizes S–L' }],
      quickReplies: [
        { label: 'More', payload: 'more' },
        { label: 'Done', payload: 'done' },
      ],
    });
    expect(text).toBe('Here you go\n• Linen dress — £45.00\n  Blue, sizes S–L\n1. More\n2. Done');
  });
});

describe('.env.example', () => {
  it('documents every variable the configuration reads', () => {
    const example = readFileSync(join(__dirname, '..', '..', '..', '.env.example'), 'utf8');
    const documented = new Set([...example.matchAll(/^([A-Z][A-Z0-9_]*)=/gm)].map((m) => m[1]));
    expect(Object.keys(configSchema.shape).filter((key) => !documented.has(key))).toEqual([]);
  });
});
