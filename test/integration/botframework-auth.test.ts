import { type BotFrameworkHarness, startBotFramework } from '../support/botframework-harness';
import { EchoHandler } from '../support/echo-handler';

const APP_ID = '00000000-1111-2222-3333-444444444444';

describe('Bot Framework adapter (with credentials)', () => {
  let bf: BotFrameworkHarness;
  let consoleError: jest.SpyInstance;

  beforeEach(async () => {
    // CloudAdapter prints every rejected request with console.error; keep test output readable.
    consoleError = jest.spyOn(console, 'error').mockImplementation(() => {});
    const config = {
      MICROSOFT_APP_ID: APP_ID,
      MICROSOFT_APP_PASSWORD: 'app-password',
      MICROSOFT_APP_TENANT_ID: undefined,
      MICROSOFT_APP_TYPE: 'MultiTenant' as const,
      BOTFRAMEWORK_EMULATOR_MODE: false,
    };
    // Answers nothing, so no outbound (token-needing) call is made.
    bf = await startBotFramework(config, new EchoHandler(() => []));
  });

  afterEach(async () => {
    await bf.close();
    consoleError.mockRestore();
  });

  const post = (authorization?: string) =>
    fetch(`${bf.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
      body: JSON.stringify({
        type: 'message',
        id: 'act-1',
        channelId: 'webchat',
        serviceUrl: bf.serviceUrl,
        from: { id: 'user-1' },
        recipient: { id: 'bot-1' },
        conversation: { id: 'conv-1' },
        text: 'let me in',
      }),
    });

  it('rejects a request without an Authorization header before fetching any keys', async () => {
    expect((await post()).status).toBe(401);
    expect(bf.connector.metadataHits).toBe(0);
    expect(bf.handler.messages).toHaveLength(0);
  });

  it('rejects a token that is not a JWT or comes from an unknown issuer, without fetching keys', async () => {
    expect((await post('Bearer not-a-jwt')).status).toBe(401);
    const foreign = bf.connector.token({ iss: 'https://evil.example.com', aud: APP_ID, serviceurl: bf.serviceUrl });
    expect((await post(`Bearer ${foreign}`)).status).toBe(401);
    expect(bf.connector.metadataHits).toBe(0);
    expect(bf.handler.messages).toHaveLength(0);
  });

  it('rejects a token with a forged signature (keys from the local metadata only)', async () => {
    const forged = bf.connector.token(
      { iss: 'https://api.botframework.com', aud: APP_ID, serviceurl: bf.serviceUrl },
      'untrusted',
    );
    expect((await post(`Bearer ${forged}`)).status).toBe(401);
    expect(bf.connector.metadataHits).toBeGreaterThan(0);
    expect(bf.handler.messages).toHaveLength(0);
  });

  it('rejects a correctly signed token for another bot', async () => {
    const other = bf.connector.token({
      iss: 'https://api.botframework.com',
      aud: 'another-app',
      serviceurl: bf.serviceUrl,
    });
    expect((await post(`Bearer ${other}`)).status).toBe(401);
    expect(bf.handler.messages).toHaveLength(0);
  });

  it('accepts a correctly signed channel token', async () => {
    const valid = bf.connector.token({ iss: 'https://api.botframework.com', aud: APP_ID, serviceurl: bf.serviceUrl });
    expect((await post(`Bearer ${valid}`)).status).toBe(200);
    expect(bf.handler.messages).toHaveLength(1);
  });
});
