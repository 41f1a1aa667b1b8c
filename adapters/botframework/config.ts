import { ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import type { Config } from '../../src/core/config';
import { ConciergeError, ERROR_CODES } from '../../src/core/errors';

/** The slice of Config the Bot Framework adapter reads. */
export type BotFrameworkConfig = Pick<
  Config,
  | 'MICROSOFT_APP_ID'
  | 'MICROSOFT_APP_PASSWORD'
  | 'MICROSOFT_APP_TENANT_ID'
  | 'MICROSOFT_APP_TYPE'
  | 'BOTFRAMEWORK_EMULATOR_MODE'
>;

export const BOTFRAMEWORK_MESSAGES_PATH = '/api/messages';

/**
 * Extra ConfigurationBotFrameworkAuthentication settings: sovereign clouds (`ChannelService`,
 * `ToChannelFromBotLoginUrl`, …) or, in tests, OpenID metadata URLs on a local server.
 */
export type BotFrameworkAuthSettings = Record<string, string>;

/**
 * Credentials on: JWT validation of every request and signed replies. No credentials: auth is off,
 * which botbuilder does silently — so we allow it only when BOTFRAMEWORK_EMULATOR_MODE says so.
 */
export function createAuthentication(
  config: BotFrameworkConfig,
  extra: BotFrameworkAuthSettings = {},
): { auth: ConfigurationBotFrameworkAuthentication; authEnabled: boolean } {
  const appId = config.MICROSOFT_APP_ID;
  if (!appId) {
    if (!config.BOTFRAMEWORK_EMULATOR_MODE) {
      throw new ConciergeError(
        ERROR_CODES.CONFIG,
        'MICROSOFT_APP_ID is required for Bot Framework (or BOTFRAMEWORK_EMULATOR_MODE=true for local use)',
      );
    }
    return { auth: new ConfigurationBotFrameworkAuthentication({ ...extra }), authEnabled: false };
  }
  if (config.MICROSOFT_APP_TYPE !== 'UserAssignedMSI' && !config.MICROSOFT_APP_PASSWORD) {
    throw new ConciergeError(ERROR_CODES.CONFIG, 'MICROSOFT_APP_PASSWORD is required with MICROSOFT_APP_ID');
  }
  const settings: Record<string, string> = {
    ...extra,
    MicrosoftAppId: appId,
    MicrosoftAppType: config.MICROSOFT_APP_TYPE,
  };
  if (config.MICROSOFT_APP_PASSWORD) settings.MicrosoftAppPassword = config.MICROSOFT_APP_PASSWORD;
  if (config.MICROSOFT_APP_TENANT_ID) settings.MicrosoftAppTenantId = config.MICROSOFT_APP_TENANT_ID;
  return { auth: new ConfigurationBotFrameworkAuthentication(settings), authEnabled: true };
}
