/**
 * The Bot Framework adapter on a local port, replying through FakeBotFrameworkConnector, with an
 * EchoHandler standing in for the core.
 */
import { type BotFrameworkConfig, createBotFrameworkAdapter } from '../../adapters/botframework';
import type { ChannelAdapter } from '../../adapters/shared/channel-adapter';
import { silentLogger } from '../../src/core/logger';
import type { EchoHandler } from './echo-handler';
import { FakeBotFrameworkConnector } from './fake-bf-connector';
import { closeServer, listenOn } from './http';

export interface BotFrameworkHarness {
  connector: FakeBotFrameworkConnector;
  /** Where the connector listens: the serviceUrl activities carry. */
  serviceUrl: string;
  handler: EchoHandler;
  adapter: ChannelAdapter;
  /** The bot's server; activities are POSTed to `${url}/api/messages`. */
  url: string;
  close(): Promise<void>;
}

export async function startBotFramework(
  config: BotFrameworkConfig,
  handler: EchoHandler,
): Promise<BotFrameworkHarness> {
  const connector = new FakeBotFrameworkConnector();
  const serviceUrl = await connector.start();
  const adapter = createBotFrameworkAdapter({
    config,
    handler,
    log: silentLogger(),
    // With credentials, token keys come from the local fake, so even the signature checks need no network.
    ...(config.MICROSOFT_APP_ID ? { authSettings: connector.authSettings() } : {}),
  });
  const { url, server } = await listenOn(adapter.router);
  const close = async () => {
    await adapter.stop();
    await closeServer(server);
    await connector.stop();
  };
  return { connector, serviceUrl, handler, adapter, url, close };
}
