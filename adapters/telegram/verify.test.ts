import { verifyTelegramSecret } from './verify';

describe('verifyTelegramSecret', () => {
  const secret = 'correct_Secret-123';

  it('accepts the exact secret', () => {
    expect(verifyTelegramSecret(secret, secret)).toBe(true);
  });

  it.each([
    ['a different secret of the same length', 'correct_Secret-124'],
    ['a prefix', 'correct_Secret'],
    ['a longer value', `${secret}0`],
    ['another case', secret.toUpperCase()],
    ['an empty header', ''],
    ['a missing header', undefined],
    ['a repeated header', [secret, secret]],
  ])('rejects %s', (_name, header) => {
    expect(verifyTelegramSecret(secret, header)).toBe(false);
  });

  it('rejects everything when no secret is configured', () => {
    expect(verifyTelegramSecret('', '')).toBe(false);
  });
});
