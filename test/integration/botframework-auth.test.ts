import type { Server } from 'node:http';
import { createBotFrameworkAdapter } from '../../adapters/botframework';
import type { ChannelAdapter } from '../../adapters/shared/channel-adapter';
import { silentLogger } from '../../src/core/logger';
import { FakeBotFrameworkConnector } from '../support/fake-bf-connector';
import { EchoHandler } from '../support/echo-handler';
import { closeServer, listenOn } from '../support/http';

const APP_ID = '00000000-1111-2222-3333-444444444444';

describe('Bot Framework adapter (with credentials)', () => {
  let connector: FakeBotFrameworkConnector;
  let handler: EchoHandler;
  let adapter: ChannelAdapter;
  let server: Server;
  let url: string;
  let serviceUrl: string;
  let consoleError: jest.SpyInstance;

  beforeEach(async () => {
    // CloudAdapter prints every rejected request with console.error; keep test output readable.
    consoleError = jest.spyOn(console, 'error').mockImplementation(() => {});
    connector = new FakeBotFrameworkConnector();
    serviceUrl = await connector.start();
    // Answers nothing, so no outbound (token-needing) call is made.
    handler = new EchoHandler(() => []);
    adapter = createBotFrameworkAdapter({
      config: {
        MICROSOFT_APP_ID: APP_ID,
        MICROSOFT_APP_PASSWORD: 'app-password',
        MICROSOFT_APP_TENANT_ID: undefined,
        MICROSOFT_APP_TYPE: 'MultiTenant',
        BOTFRAMEWORK_EMULATOR_MODE: false,
      },
      handler,
      log: silentLogger(),
      // Token keys come from the local fake, so even the signature checks need no network.
      authSettings: connector.authSettings(),
    });
    ({ url, server } = await listenOn(adapter.router));
  });

  afterEach(async () => {
    await closeServer(server);
    await connector.stop();
    consoleError.mockRestore();
  });

  const post = (authorization?: string) =>
    fetch(`${url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
      body: JSON.stringify({
        type: 'message',
        id: 'act-1',
        channelId: 'webchat',
        serviceUrl,
        from: { id: 'user-1' },
        recipient: { id: 'bot-1' },
        conversation: { id: 'conv-1' },
        text: 'let me in',
      }),
    });

  it('rejects a request without an Authorization header before fetching any keys', async () => {
    expect((await post()).status).toBe(401);
    expect(connector.metadataHits).toBe(0);
    expect(handler.messages).toHaveLength(0);
  });

  it('rejects a token that is not a JWT or comes from an unknown issuer, without fetching keys', async () => {
    expect((await post('Bearer not-a-jwt')).status).toBe(401);
    const foreign = connector.token({ iss: 'https://evil.example.com', aud: APP_ID, serviceurl: serviceUrl });
    expect((await post(`Bearer ${foreign}`)).status).toBe(401);
    expect(connector.metadataHits).toBe(0);
    expect(handler.messages).toHaveLength(0);
  });

  it('rejects a token with a forged signature (keys from the local metadata only)', async () => {
    const forged = connector.token(
      { iss: 'https://api.botframework.com', aud: APP_ID, serviceurl: serviceUrl },
      'untrusted',
    );
    expect((await post(`Bearer ${forged}`)).status).toBe(401);
    expect(connector.metadataHits).toBeGreaterThan(0);
    expect(handler.messages).toHaveLength(0);
  });

  it('rejects a correctly signed token for another bot', async () => {
    const other = connector.token({ iss: 'https://api.botframework.com', aud: 'another-app', serviceurl: serviceUrl });
    expect((await post(`Bearer ${other}`)).status).toBe(401);
    expect(handler.messages).toHaveLength(0);
  });

  it('accepts a correctly signed channel token', async () => {
    const valid = connector.token({ iss: 'https://api.botframework.com', aud: APP_ID, serviceurl: serviceUrl });
    expect((await post(`Bearer ${valid}`)).status).toBe(200);
    expect(handler.messages).toHaveLength(1);
  });
});
