/**
 * Greetings, thanks, goodbyes, "what can you do?", "are you a bot?", the welcome on `cmd:start`, and
 * "can you speak Chinese?".
 */

import type { QuickReply } from '../../core/message';
import { payloads } from '../../dialogue/payload';
import { requestedLanguage } from '../../nlu/language-request';
import type { Skill, SkillTurn } from '../types';
import { introducedName } from './introduction';

/** What the bot can do, as buttons. */
export function capabilities(turn: SkillTurn): QuickReply[] {
  return [
    turn.quick('menu.track', payloads.intent('order.track')),
    turn.quick('menu.return', payloads.intent('return.request')),
    turn.quick('menu.products', payloads.intent('product.search')),
    turn.quick('menu.recommend', payloads.intent('product.recommend')),
    turn.quick('menu.delivery', payloads.intent('delivery.options')),
    turn.quick('menu.agent', payloads.intent('agent.request')),
  ];
}

export const smalltalkSkill: Skill = {
  name: 'smalltalk',
  intents: ['greeting', 'thanks', 'goodbye', 'help', 'bot.identity', 'cmd.start', 'language.switch', 'smalltalk.*'],
  // The core has already switched the replies to the language asked for (Conversation.replyLang);
  // this turn says so, in that language.
  // "Hi, my name is Sarah" read as changing the name on the account.
  preempt(turn) {
    if (requestedLanguage(turn.text)) return 'language.switch';
    return introducedName(turn.text) ? 'smalltalk.introduction' : undefined;
  },
  async handle(turn, intent) {
    const shop = turn.deps.policy.shopName;
    switch (intent.replace(/^smalltalk\./, '')) {
      case 'cmd.start':
        return turn.say('smalltalk.welcome', { shop }, { quickReplies: capabilities(turn) });
      case 'language.switch':
        return turn.say('smalltalk.language_switched', {}, { quickReplies: capabilities(turn).slice(0, 4) });
      case 'greeting':
        return turn.say('smalltalk.greeting', { shop }, { quickReplies: capabilities(turn).slice(0, 4) });
      case 'introduction':
        return turn.say(
          'smalltalk.greeting_named',
          { shop, name: introducedName(turn.text) ?? '' },
          { quickReplies: capabilities(turn).slice(0, 4) },
        );
      case 'thanks':
        return turn.say('smalltalk.thanks');
      case 'goodbye':
        return turn.say(
          'smalltalk.goodbye',
          { shop },
          {
            quickReplies: [
              turn.quick('feedback.rate_good', payloads.csat(5)),
              turn.quick('feedback.rate_bad', payloads.csat(2)),
            ],
          },
        );
      case 'bot.identity':
        return turn.say(
          'smalltalk.identity',
          { shop },
          {
            quickReplies: [turn.quick('menu.agent', payloads.intent('agent.request'))],
          },
        );
      default:
        return turn.say('smalltalk.help', { shop }, { quickReplies: capabilities(turn) });
    }
  },
};
