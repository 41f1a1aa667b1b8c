/**
 * "Which one would you recommend for a beach holiday?" under cards already shown: a choice among
 * those cards, not new picks from the whole shop. The one whose name, tags and description fit the
 * shopper's words best, when one does; otherwise the bot says it cannot tell them apart on that and
 * lets the shopper open either.
 */
import { payloads } from '../../dialogue/payload';
import { rememberProduct, shownProducts } from '../../dialogue/references';
import type { Product } from '../../store/entities';
import { list, localized } from '../format';
import { fitToWords } from '../recommender';
import type { SkillTurn } from '../types';
import { productCard } from './cards';
import { qualityCompared, signsOf } from './pick-evidence';
import { requestAbout } from './query';

const ASKS_PICK =
  /\bwhich (one|ones|of (these|those|them|the two|the three))\b.{0,40}\b(recommend|suggest|better|best|go for|pick|choose|get|buy|suits?|ideal|prefer)\b|\b(which|what) would you (recommend|suggest|pick|choose|go for)\b|\bwhich (one |of (these|those|them|the two) )?(is|are|would be|feels?) (the )?(more|most) (comfortable|comfy|practical|versatile|durable|flattering|breathable)\b|\bwhich (one |of (these|those|them|the two) )?(is|are|would be|feels?) (comfier|warmer|lighter|softer|sturdier)\b|哪(个|款|件|条|双)更?(好|适合|推荐|值得|舒服|舒适|好穿|耐穿|保暖|暖和|透气|结实|百搭|实用|轻便)|推荐哪(个|款|件|条|双)|选哪(个|款|件|条|双)/i;

/** True for "which one would you recommend?" with several cards on screen and no other thing named. */
export function asksPickAmongShown(turn: SkillTurn): boolean {
  return (
    (turn.state.lastShown?.length ?? 0) > 1 &&
    ASKS_PICK.test(turn.text) &&
    turn.entity('category') === undefined &&
    turn.entity('product') === undefined
  );
}

export async function pickAmongShown(turn: SkillTurn): Promise<void> {
  const shown = await shownProducts(turn);
  const lang = turn.ctx.lang;
  if (pickByEvidence(turn, shown)) return;
  const about = requestAbout(turn);
  const ranked = shown
    .map((product) => ({ product, fit: about ? fitToWords(about, product) : 0 }))
    .sort((a, b) => b.fit - a.fit);
  const [best, next] = ranked;
  if (about && best && best.fit > 0 && best.fit > (next?.fit ?? 0)) {
    rememberProduct(turn, best.product);
    turn.say(
      'product.pick_for',
      { name: localized(best.product.name, lang), about },
      { cards: [productCard(turn, best.product)] },
    );
    return;
  }
  const names = list(
    shown.map((p) => localized(p.name, lang)),
    lang,
  );
  const quickReplies = shown.map((p) => ({ label: localized(p.name, lang), payload: payloads.product(p.id) }));
  turn.say(
    about ? 'product.pick_depends_for' : 'product.pick_depends',
    { names, ...(about ? { about } : {}) },
    { quickReplies },
  );
}

/** "Which is warmer?": the card with the most signs of it, when one has more than the rest. */
function pickByEvidence(turn: SkillTurn, shown: Product[]): boolean {
  const quality = qualityCompared(turn.text);
  if (!quality) return false;
  const lang = turn.ctx.lang;
  const ranked = shown
    .map((product) => ({ product, signs: signsOf(product, quality, lang) }))
    .sort((a, b) => b.signs.length - a.signs.length);
  const [best, next] = ranked;
  if (!best || best.signs.length === 0 || best.signs.length === (next?.signs.length ?? 0)) return false;
  rememberProduct(turn, best.product);
  turn.say(
    'product.pick_evidence',
    {
      name: localized(best.product.name, lang),
      quality: turn.t(`quality.${quality}`),
      signs: list(best.signs, lang),
    },
    { cards: [productCard(turn, best.product)] },
  );
  return true;
}
