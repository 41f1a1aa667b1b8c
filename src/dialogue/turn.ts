import type { TurnContext } from '../core/context';
import type { QuickReply } from '../core/message';
import type { EntityType } from '../nlu/types';
import type { SkillDeps, SkillTurn } from '../skills/types';
import type { DialogueState } from './state';
import type { TemplateKey, Templates } from './templates';

/** Builds the per-turn helpers a skill uses; `startForm` is supplied by the engine. */
export function makeSkillTurn(input: {
  ctx: TurnContext;
  state: DialogueState;
  deps: SkillDeps;
  templates: Templates;
  args?: Record<string, string>;
  startForm: SkillTurn['startForm'];
}): SkillTurn {
  const { ctx, state, deps, templates } = input;
  const entities = ctx.nlu?.entities ?? [];
  // The seed ties the phrasing to this conversation and turn: reproducible, yet varied across turns.
  const seed = `${ctx.conversation.id}#${state.turn}`;
  const typed = !ctx.message.payload;
  const turn: SkillTurn = {
    ctx,
    state,
    deps,
    text: typed ? (ctx.nlu?.text ?? ctx.message.text ?? '') : '',
    ownWords: typed ? (ctx.message.text ?? '') : '',
    entities,
    previousIntent: state.lastIntent,
    args: input.args ?? {},
    entity: (type: EntityType) => entities.find((e) => e.type === type),
    t: (key, params) => templates.render(ctx.lang, key, params, seed),
    tOr: (key, fallback, params) =>
      templates.has(ctx.lang, key) ? templates.render(ctx.lang, key as TemplateKey, params, seed) : fallback,
    say: (key, params, extras) => {
      ctx.reply({ text: turn.t(key, params), ...extras });
    },
    quick: (key, payload, params): QuickReply => ({ label: turn.t(key, params), payload }),
    startForm: input.startForm,
  };
  return turn;
}
