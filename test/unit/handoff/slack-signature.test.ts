import { slackSignature, verifySlackSignature } from '../../../adapters/slack/signature';

// Slack's published example (api.slack.com/authentication/verifying-requests-from-slack).
const SECRET = '8f742231b10e8888abcd99yyyzzz85a5';
const TS = '1531420618';
const BODY =
  'token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c';
const SIGNATURE = 'v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503';

const headers = (ts: string, sig: string) => ({ 'x-slack-request-timestamp': ts, 'x-slack-signature': sig });

describe('verifySlackSignature', () => {
  it('computes the signature Slack documents', () => {
    expect(slackSignature(SECRET, TS, BODY)).toBe(SIGNATURE);
  });

  it('accepts a correctly signed, fresh request (string or Buffer body)', () => {
    const now = Number(TS) + 30;
    expect(
      verifySlackSignature({ signingSecret: SECRET, body: BODY, headers: headers(TS, SIGNATURE), nowSeconds: now }),
    ).toEqual({ ok: true });
    expect(
      verifySlackSignature({
        signingSecret: SECRET,
        body: Buffer.from(BODY),
        headers: headers(TS, SIGNATURE),
        nowSeconds: now,
      }),
    ).toEqual({ ok: true });
  });

  it('rejects a stale timestamp even with a valid signature (replay)', () => {
    const now = Number(TS) + 5 * 60 + 1;
    expect(
      verifySlackSignature({ signingSecret: SECRET, body: BODY, headers: headers(TS, SIGNATURE), nowSeconds: now }),
    ).toEqual({
      ok: false,
      reason: 'stale',
    });
    // Far-future timestamps are as suspicious as old ones.
    const early = Number(TS) - 5 * 60 - 1;
    expect(
      verifySlackSignature({ signingSecret: SECRET, body: BODY, headers: headers(TS, SIGNATURE), nowSeconds: early })
        .ok,
    ).toBe(false);
    // Exactly five minutes is still inside the window.
    expect(
      verifySlackSignature({
        signingSecret: SECRET,
        body: BODY,
        headers: headers(TS, SIGNATURE),
        nowSeconds: Number(TS) + 300,
      }).ok,
    ).toBe(true);
  });

  it('rejects a tampered body, a wrong secret and a malformed signature', () => {
    const now = Number(TS);
    const check = (input: { secret?: string; body?: string; sig?: string }) =>
      verifySlackSignature({
        signingSecret: input.secret ?? SECRET,
        body: input.body ?? BODY,
        headers: headers(TS, input.sig ?? SIGNATURE),
        nowSeconds: now,
      });
    expect(check({ body: `${BODY}&x=1` })).toEqual({ ok: false, reason: 'mismatch' });
    expect(check({ secret: 'not-the-secret' })).toEqual({ ok: false, reason: 'mismatch' });
    expect(check({ sig: 'v0=abc' })).toEqual({ ok: false, reason: 'mismatch' });
  });

  it('rejects requests without the headers', () => {
    expect(verifySlackSignature({ signingSecret: SECRET, body: BODY, headers: {}, nowSeconds: Number(TS) })).toEqual({
      ok: false,
      reason: 'missing_headers',
    });
    expect(
      verifySlackSignature({
        signingSecret: SECRET,
        body: BODY,
        headers: headers('soon', SIGNATURE),
        nowSeconds: Number(TS),
      }).ok,
    ).toBe(false);
  });
});
