/**
 * "Anything else?", "show me more", "还有别的吗", "换一批" under cards: the same listing again, past the
 * cards already shown. Read as a search, the words found nothing ("else") or a tealight ("more").
 * Picks stay picks (the recommender, with the wish they were for); search results stay results (the
 * catalogue, with the words and limits they were found by).
 */
import { payloads } from '../../dialogue/payload';
import { rememberShown } from '../../dialogue/references';
import type { Product } from '../../store/entities';
import { inShopWords } from '../recommender';
import type { SkillTurn } from '../types';
import { productCard } from './cards';
import { lastConstraints } from './query';

const ASKS_MORE_EN =
  /^\s*(and\s+)?(any(thing|one)? (else|other|others|more)|any others|what else( (have you got|do you have|is there))?|(show|give) me (some )?(more|others|other (ones|options))|(some |any )?more (please|options|of (those|these|them)|like (these|those|that))|other (options|ones)|see more|next( ones)?|more)\s*(please)?\s*[?!.]*\s*$/i;
const ASKS_MORE_ZH =
  /^\s*(还有(别的|其他|其它|更多)?(的|款式|款|选择)?(吗|呢|没有)?|换一批|再来(几个|几款|一些|点)|更多|别的呢|其他的呢|再看看(别的|其他)?)\s*[?？。!！]*\s*$/;

const PICKS = 4;
const RESULTS = 5;

/** True for "anything else?" with cards on screen. */
export function asksForMore(turn: SkillTurn): boolean {
  if ((turn.state.lastShown?.length ?? 0) === 0) return false;
  return ASKS_MORE_EN.test(turn.text) || ASKS_MORE_ZH.test(turn.text);
}

async function morePicks(turn: SkillTurn, seen: ReadonlySet<string>): Promise<Product[]> {
  const about = turn.state.lastAbout ? inShopWords(turn.state.lastAbout) : '';
  const picks = await turn.deps.recommender.recommend({
    customerId: turn.ctx.customer.id,
    constraints: lastConstraints(turn),
    ...(about ? { about } : {}),
    limit: seen.size + PICKS,
  });
  return picks.map((p) => p.product).filter((p) => !seen.has(p.id));
}

async function moreResults(turn: SkillTurn, seen: ReadonlySet<string>): Promise<Product[]> {
  const words = turn.state.lastQuery?.words;
  const found = await turn.deps.catalog.search({
    ...lastConstraints(turn),
    ...(words ? { text: words } : {}),
    limit: seen.size + RESULTS,
  });
  return found.filter((p) => !seen.has(p.id));
}

/** The next cards of the listing on screen, or that there are no more. */
export async function showMore(turn: SkillTurn, kind: 'picks' | 'results'): Promise<void> {
  const { state } = turn;
  const seen = new Set([...(state.seenInListing ?? []), ...(state.lastShown ?? [])]);
  const next = (kind === 'picks' ? await morePicks(turn, seen) : await moreResults(turn, seen)).slice(
    0,
    kind === 'picks' ? PICKS : RESULTS,
  );
  if (next.length === 0) {
    turn.say('product.no_more', {}, { quickReplies: [turn.quick('menu.agent', payloads.intent('agent.request'))] });
    return;
  }
  rememberShown(turn, next);
  state.seenInListing = [...seen, ...next.map((p) => p.id)];
  turn.say('product.more', {}, { cards: next.map((p) => productCard(turn, p)) });
}
