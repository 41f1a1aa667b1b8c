import { generateKeyPairSync, type KeyObject, sign } from 'node:crypto';
import { EventEmitter } from 'node:events';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';

/** One activity the bot POSTed to the connector. */
export interface ConnectorCall {
  conversationId: string;
  /** The activity replied to, when the bot used the reply route. */
  replyToId: string | undefined;
  authorization: string | undefined;
  activity: Record<string, unknown>;
}

const keyPairs = new Map<string, { publicKey: KeyObject; privateKey: KeyObject }>();

/** RSA keys are slow to make; one pair per role serves every fake in the test process. */
function keyPair(role: 'trusted' | 'untrusted'): { publicKey: KeyObject; privateKey: KeyObject } {
  let pair = keyPairs.get(role);
  if (!pair) {
    pair = generateKeyPairSync('rsa', { modulusLength: 2048 });
    keyPairs.set(role, pair);
  }
  return pair;
}

function base64url(data: Buffer | string): string {
  return Buffer.from(data).toString('base64url');
}

/**
 * A local Bot Framework connector (the `serviceUrl` a channel names in each activity) plus the
 * OpenID metadata and signing keys a channel token is checked against. Speaks the real wire format:
 * `POST /v3/conversations/:id/activities[/:replyToId]` answered with a ResourceResponse `{ id }`.
 */
export class FakeBotFrameworkConnector {
  readonly calls: ConnectorCall[] = [];
  /** Requests for OpenID metadata or keys: proves whether token validation went to the network. */
  metadataHits = 0;
  private readonly events = new EventEmitter();
  private readonly trusted = keyPair('trusted');
  private readonly untrusted = keyPair('untrusted');
  private server: Server | undefined;
  private nextId = 1;
  url = '';

  async start(): Promise<string> {
    const app = express();
    app.use(express.json({ limit: '5mb' }));
    app.post('/v3/conversations/:conversationId/activities{/:activityId}', (req, res) => {
      const call: ConnectorCall = {
        conversationId: req.params.conversationId,
        replyToId: req.params.activityId,
        authorization: req.headers.authorization,
        activity: req.body as Record<string, unknown>,
      };
      this.calls.push(call);
      this.events.emit('call', call);
      res.status(200).json({ id: `reply-${this.nextId++}` });
    });
    app.get('/openid/.well-known/openidconfiguration', (_req, res) => {
      this.metadataHits++;
      res.json({
        issuer: 'https://api.botframework.com',
        jwks_uri: `${this.url}/openid/keys`,
        id_token_signing_alg_values_supported: ['RS256'],
      });
    });
    app.get('/openid/keys', (_req, res) => {
      this.metadataHits++;
      const jwk = this.trusted.publicKey.export({ format: 'jwk' });
      res.json({ keys: [{ kty: 'RSA', use: 'sig', kid: 'test-key', n: jwk.n, e: jwk.e, endorsements: [] }] });
    });
    this.server = await new Promise<Server>((resolve) => {
      const s = app.listen(0, '127.0.0.1', () => resolve(s));
    });
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this.url;
  }

  get openIdMetadataUrl(): string {
    return `${this.url}/openid/.well-known/openidconfiguration`;
  }

  /**
   * ConfigurationBotFrameworkAuthentication settings for the public cloud, except that token keys
   * come from this fake. Setting any one of these switches botbuilder to "all parameters given",
   * so the rest must be spelled out too.
   */
  authSettings(): Record<string, string> {
    return {
      // botframework-connector's AuthenticationConstants for the public cloud (not a direct dependency).
      ToChannelFromBotLoginUrl: 'https://login.microsoftonline.com/botframework.com',
      ToChannelFromBotOAuthScope: 'https://api.botframework.com',
      ToBotFromChannelTokenIssuer: 'https://api.botframework.com',
      OAuthUrl: 'https://api.botframework.com',
      CallerId: 'urn:botframework:azure',
      ToBotFromChannelOpenIdMetadataUrl: this.openIdMetadataUrl,
      ToBotFromEmulatorOpenIdMetadataUrl: this.openIdMetadataUrl,
    };
  }

  async stop(): Promise<void> {
    const server = this.server;
    if (!server) return;
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
  }

  /** Resolves once `count` activities have arrived (counting those already recorded). */
  waitFor(count = 1): Promise<ConnectorCall[]> {
    return new Promise((resolve) => {
      const check = () => {
        if (this.calls.length < count) return false;
        this.events.off('call', check);
        resolve(this.calls);
        return true;
      };
      if (!check()) this.events.on('call', check);
    });
  }

  /**
   * A channel-style RS256 token. `signedBy: 'untrusted'` signs with a key the metadata does not
   * publish (under the trusted key id): a forgery only a real signature check catches.
   */
  token(claims: Record<string, unknown>, signedBy: 'trusted' | 'untrusted' = 'trusted'): string {
    const header = base64url(JSON.stringify({ alg: 'RS256', typ: 'JWT', kid: 'test-key' }));
    const now = Math.floor(Date.now() / 1000);
    const body = base64url(JSON.stringify({ iat: now, nbf: now - 60, exp: now + 3600, ...claims }));
    const key: KeyObject = (signedBy === 'trusted' ? this.trusted : this.untrusted).privateKey;
    const signature = sign('RSA-SHA256', Buffer.from(`${header}.${body}`), key);
    return `${header}.${body}.${base64url(signature)}`;
  }
}
