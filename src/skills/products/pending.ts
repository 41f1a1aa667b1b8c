/**
 * "How do I wash it?" → "which of these?" → a card picked or the product's name typed: that product,
 * and the question asked before answered (`pendingQuestion`, kept for one turn by `askWhichProduct`).
 */
import { rememberProduct, resolveProduct } from '../../dialogue/references';
import type { SkillTurn } from '../types';
import { askWhichProduct, productInfo } from './info';
import { answerRestock } from './restock';
import { answerSuitability } from './suitability';

/** Whether the product pointed at suits the occasion asked about; which one, when none is. */
export async function suitabilityOfOne(turn: SkillTurn): Promise<void> {
  const product = await resolveProduct(turn);
  if (!product) return askWhichProduct(turn);
  rememberProduct(turn, product);
  answerSuitability(turn, product);
}

/** Words around a product's name that add nothing: "the linen wrap dress", "I meant the tote", "就那件". */
const NAME_FILLER =
  /\b(the|a|an|it'?s|its|i mean|i meant|this|that|one|please|pls|oh|sorry)\b|[这那个款件是的吧呢就我说]/gi;

/** True when the message is a product's name and nothing else. */
function onlyNamesProduct(turn: SkillTurn): boolean {
  const named = turn.entity('product');
  if (!named) return false;
  const rest = turn.text.replace(named.text, ' ').replace(NAME_FILLER, ' ');
  return rest.replace(/[^\p{L}\p{N}]+/gu, '') === '';
}

/** True when this turn answered the question pending from the turn before. */
export async function answerPendingQuestion(turn: SkillTurn, intent: string): Promise<boolean> {
  const pending = turn.state.pendingQuestion;
  delete turn.state.pendingQuestion;
  const picked = turn.args.productId ?? (onlyNamesProduct(turn) ? turn.entity('product')?.value : undefined);
  const aboutProducts = intent === 'product.info' || intent === 'product.search';
  if (!aboutProducts || !picked || pending?.turn !== turn.state.turn - 1) return false;
  const asked: SkillTurn = {
    ...turn,
    args: { ...turn.args, productId: picked },
    text: pending.text,
    entities: [],
    entity: () => undefined,
  };
  // What was answered is the question, so "and the velvet one?" next asks it again.
  turn.state.lastIntent = pending.intent;
  if (pending.intent === 'product.suitability') await suitabilityOfOne(asked);
  else if (pending.intent === 'product.restock') await answerRestock(asked);
  else await productInfo(asked);
  return true;
}
