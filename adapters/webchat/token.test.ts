import { createHmac } from 'node:crypto';
import { signVisitorToken, verifyVisitorToken } from './token';

const SECRET = 'unit-test-secret';
const ISSUED = new Date('2026-01-15T10:00:00.000Z');
const CLAIMS = { visitorId: 'v_abcdefgh1234', conversationId: 'c_ijklmnop5678', issuedAt: ISSUED.getTime() };
const DAY = 24 * 60 * 60 * 1000;

function flipLastChar(s: string): string {
  return s.slice(0, -1) + (s.endsWith('A') ? 'B' : 'A');
}

describe('visitor tokens', () => {
  it('round-trips the claims', () => {
    const token = signVisitorToken(SECRET, CLAIMS);
    expect(verifyVisitorToken(SECRET, token, ISSUED)).toEqual({ ok: true, claims: CLAIMS });
  });

  it('is url-safe', () => {
    expect(signVisitorToken(SECRET, CLAIMS)).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/);
  });

  it('rejects a token signed with another secret', () => {
    const forged = signVisitorToken('attacker-secret', CLAIMS);
    expect(verifyVisitorToken(SECRET, forged, ISSUED)).toEqual({ ok: false, reason: 'signature' });
  });

  it('rejects a forged signature', () => {
    const [payload, signature] = signVisitorToken(SECRET, CLAIMS).split('.');
    expect(verifyVisitorToken(SECRET, `${payload}.${flipLastChar(signature ?? '')}`, ISSUED).ok).toBe(false);
    expect(verifyVisitorToken(SECRET, `${payload}.AAAA`, ISSUED)).toEqual({ ok: false, reason: 'signature' });
  });

  it('rejects a tampered payload (another conversation, same signature)', () => {
    const [, signature] = signVisitorToken(SECRET, CLAIMS).split('.');
    const tampered = Buffer.from(
      JSON.stringify({ v: CLAIMS.visitorId, c: 'c_someoneelse123', iat: CLAIMS.issuedAt }),
    ).toString('base64url');
    expect(verifyVisitorToken(SECRET, `${tampered}.${signature}`, ISSUED)).toEqual({ ok: false, reason: 'signature' });
  });

  it('expires after the time to live, and honours a custom one', () => {
    const token = signVisitorToken(SECRET, CLAIMS);
    expect(verifyVisitorToken(SECRET, token, new Date(ISSUED.getTime() + 29 * DAY)).ok).toBe(true);
    expect(verifyVisitorToken(SECRET, token, new Date(ISSUED.getTime() + 31 * DAY))).toEqual({
      ok: false,
      reason: 'expired',
    });
    expect(verifyVisitorToken(SECRET, token, new Date(ISSUED.getTime() + 61_000), 60_000)).toEqual({
      ok: false,
      reason: 'expired',
    });
  });

  it('rejects a token issued far in the future but tolerates small clock skew', () => {
    const future = signVisitorToken(SECRET, { ...CLAIMS, issuedAt: ISSUED.getTime() + DAY });
    expect(verifyVisitorToken(SECRET, future, ISSUED)).toEqual({ ok: false, reason: 'expired' });
    const skewed = signVisitorToken(SECRET, { ...CLAIMS, issuedAt: ISSUED.getTime() + 60_000 });
    expect(verifyVisitorToken(SECRET, skewed, ISSUED).ok).toBe(true);
  });

  it.each([
    ['empty', ''],
    ['no dot', 'abc'],
    ['three parts', 'a.b.c'],
    ['empty signature', 'abc.'],
    ['huge', `${'a'.repeat(600)}.b`],
  ])('rejects a malformed token (%s)', (_name, token) => {
    expect(verifyVisitorToken(SECRET, token, ISSUED)).toEqual({ ok: false, reason: 'malformed' });
  });

  it('rejects a correctly signed payload of the wrong shape', () => {
    // Signed with the right secret, so only the shape check can catch it.
    const payload = Buffer.from(JSON.stringify({ v: { $gt: '' }, c: 'c_ijklmnop5678', iat: 1 })).toString('base64url');
    const sig = createHmac('sha256', SECRET).update(payload).digest('base64url');
    expect(verifyVisitorToken(SECRET, `${payload}.${sig}`, ISSUED)).toEqual({ ok: false, reason: 'malformed' });
  });

  it('refuses to sign ids that are not url-safe', () => {
    expect(() => signVisitorToken(SECRET, { ...CLAIMS, visitorId: 'short' })).toThrow();
    expect(() => signVisitorToken(SECRET, { ...CLAIMS, conversationId: 'has spaces in it' })).toThrow();
  });
});
