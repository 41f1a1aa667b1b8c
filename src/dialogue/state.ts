/**
 * The shape of `conversation.state`, owned by the dialogue layer. The store treats it as opaque JSON,
 * so every read goes through `readState`, which tolerates missing or stale fields (an older release,
 * a reset after idle expiry) instead of trusting them.
 */
import type { CatalogSort } from '../commerce/types';

/** One form in progress: which slots are filled and which one the bot asked for last. */
export interface FormState {
  name: string;
  values: Record<string, string>;
  /** The slot the last bot turn asked for; free-text answers go to it. */
  asking?: string;
  /** Failed answers to `asking` so far; the form gives up at the limit. */
  tries: number;
  /** Slots whose value passed validation (a value not listed here is checked before it is used). */
  checked: string[];
  /** Skill-owned scratch space (eligible items, the verified order id …). Must stay JSON. */
  data: Record<string, unknown>;
  startedAt: string;
  updatedAt: string;
}

/** One product's size and colour, either or both. */
export interface ProductVariantRef {
  productId: string;
  size?: string;
  colour?: string;
}

function readVariantRef(raw: unknown): ProductVariantRef | undefined {
  if (!isRecord(raw) || !isString(raw.productId)) return undefined;
  const ref: ProductVariantRef = { productId: raw.productId };
  for (const key of ['size', 'colour'] as const) {
    const value = raw[key];
    if (isString(value)) ref[key] = value;
  }
  return ref;
}

export interface DialogueState {
  /** Turns answered by the dialogue in this conversation; seeds template variation. */
  turn: number;
  form?: FormState;
  /** Consecutive turns the bot did not understand. */
  misunderstandings: number;
  /** Turns in a row that read as frustrated. */
  frustration: number;
  /** Order verified in this conversation, and its owner (so follow-ups need no second proof). */
  lastOrderId?: string;
  /** The turn that order was last talked about: "cancel it" a few turns later still means it. */
  lastOrderTurn?: number;
  verified?: { orderId: string; customerId: string }[];
  /** Product ids of the last cards shown, in order ("the second one"). */
  lastShown?: string[];
  /** The product last talked about ("it", "这个"). */
  lastProductId?: string;
  /** The UK size the shopper said they wear ("I'm a size 12"), for sizing the next product asked about. */
  lastUkSize?: string;
  /** The last variant found sold out: "when will it be back?" asks about that size and colour. */
  lastSoldOut?: ProductVariantRef;
  /** The variant last asked about: "size M?" right after "what about grey?" means grey in M. */
  lastVariant?: ProductVariantRef;
  /**
   * What the last search or recommendation was narrowed by, and the order it was listed in: "under
   * 50" right after black dresses means black dresses under 50, "in black?" after the cheapest
   * dresses the cheapest black ones.
   */
  lastQuery?: {
    category?: string;
    colour?: string;
    colourFamily?: string;
    size?: string;
    minPriceCents?: number;
    maxPriceCents?: number;
    sort?: CatalogSort;
    /** The searched words beyond those ("running" of "running shoes in black"). */
    words?: string;
  };
  lastIntent?: string;
  /** The country the last delivery answer was about (ISO code): "how long does it take?" means there. */
  lastCountry?: string;
  /** The shop's FAQ entry last answered (its id): "do they expire?" right after asks about it. */
  lastFaqId?: string;
  /**
   * A question about "it" asked under several cards, answered with "which of these?": the card
   * picked on the next turn gets that question answered, not only its details.
   */
  pendingQuestion?: { turn: number; text: string; intent: string };
  /** Every card shown since the listing began, so "show me more" twice does not come back round. */
  seenInListing?: string[];
  /** The occasion last asked about ("a wedding"): "and the velvet one?" right after asks the same. */
  lastOccasion?: string;
  /** The shopper's own words behind the last recommendations ("summer wedding"): "under 50" keeps them. */
  lastAbout?: string;
  /**
   * A yes/no question asked with buttons ("talk to a person now?", "may we send you offers?"): a typed
   * "yes" or "no" on the very next turn presses the matching button (`yes` / `no` are payloads).
   */
  yesNo?: { turn: number; yes: string; no: string };
}

const isString = (v: unknown): v is string => typeof v === 'string';
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isTurn = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v);
const num = (v: unknown): number => (typeof v === 'number' && Number.isFinite(v) ? v : 0);

function readForm(raw: unknown): FormState | undefined {
  if (!isRecord(raw) || !isString(raw.name)) return undefined;
  const values: Record<string, string> = {};
  if (isRecord(raw.values)) for (const [k, v] of Object.entries(raw.values)) if (isString(v)) values[k] = v;
  const form: FormState = {
    name: raw.name,
    values,
    tries: num(raw.tries),
    checked: Array.isArray(raw.checked) ? raw.checked.filter(isString) : [],
    data: isRecord(raw.data) ? raw.data : {},
    startedAt: isString(raw.startedAt) ? raw.startedAt : new Date(0).toISOString(),
    updatedAt: isString(raw.updatedAt) ? raw.updatedAt : new Date(0).toISOString(),
  };
  if (isString(raw.asking)) form.asking = raw.asking;
  return form;
}

/** Marks this turn's question as yes/no: the next turn's typed "yes" / "no" presses `yes` / `no`. */
export function offerYesNo(state: DialogueState, yes: string, no: string): void {
  state.yesNo = { turn: state.turn, yes, no };
}

const LISTING_SORTS: readonly string[] = ['newest', 'price_low', 'price_high'] satisfies CatalogSort[];

/** The stored narrowing, or the category alone that states saved before `lastQuery` held. */
function readLastQuery(raw: Record<string, unknown>): DialogueState['lastQuery'] {
  const q = raw.lastQuery;
  if (!isRecord(q)) return isString(raw.lastCategory) ? { category: raw.lastCategory } : undefined;
  const out: NonNullable<DialogueState['lastQuery']> = {};
  for (const key of ['category', 'colour', 'colourFamily', 'size', 'words'] as const)
    if (isString(q[key])) out[key] = q[key];
  for (const key of ['minPriceCents', 'maxPriceCents'] as const) {
    const v = q[key];
    if (typeof v === 'number' && Number.isFinite(v)) out[key] = v;
  }
  if (isString(q.sort) && LISTING_SORTS.includes(q.sort)) out.sort = q.sort as CatalogSort;
  return Object.keys(out).length > 0 ? out : undefined;
}

/** A typed copy of the stored state; unknown or malformed fields are dropped. */
export function readState(raw: Record<string, unknown>): DialogueState {
  const state: DialogueState = {
    turn: num(raw.turn),
    misunderstandings: num(raw.misunderstandings),
    frustration: num(raw.frustration),
  };
  const form = readForm(raw.form);
  if (form) state.form = form;
  if (isString(raw.lastOrderId)) state.lastOrderId = raw.lastOrderId;
  if (isTurn(raw.lastOrderTurn)) state.lastOrderTurn = raw.lastOrderTurn;
  if (Array.isArray(raw.verified)) {
    state.verified = raw.verified.filter(
      (v): v is { orderId: string; customerId: string } => isRecord(v) && isString(v.orderId) && isString(v.customerId),
    );
  }
  if (Array.isArray(raw.lastShown)) state.lastShown = raw.lastShown.filter(isString);
  if (isString(raw.lastProductId)) state.lastProductId = raw.lastProductId;
  if (isString(raw.lastUkSize)) state.lastUkSize = raw.lastUkSize;
  const soldOut = readVariantRef(raw.lastSoldOut);
  if (soldOut) state.lastSoldOut = soldOut;
  const variant = readVariantRef(raw.lastVariant);
  if (variant) state.lastVariant = variant;
  const lastQuery = readLastQuery(raw);
  if (lastQuery) state.lastQuery = lastQuery;
  if (isString(raw.lastIntent)) state.lastIntent = raw.lastIntent;
  if (isString(raw.lastAbout)) state.lastAbout = raw.lastAbout;
  if (isString(raw.lastCountry)) state.lastCountry = raw.lastCountry;
  if (isString(raw.lastFaqId)) state.lastFaqId = raw.lastFaqId;
  if (isString(raw.lastOccasion)) state.lastOccasion = raw.lastOccasion;
  if (Array.isArray(raw.seenInListing) && raw.seenInListing.every(isString)) {
    state.seenInListing = raw.seenInListing.slice(-100);
  }
  const pending = raw.pendingQuestion;
  if (isRecord(pending) && isTurn(pending.turn) && isString(pending.text) && isString(pending.intent)) {
    state.pendingQuestion = { turn: pending.turn, text: pending.text, intent: pending.intent };
  }
  const yesNo = raw.yesNo;
  if (isRecord(yesNo) && isTurn(yesNo.turn) && isString(yesNo.yes) && isString(yesNo.no)) {
    state.yesNo = { turn: yesNo.turn, yes: yesNo.yes, no: yesNo.no };
  }
  return state;
}

/** Plain JSON for `conversation.state` (drops undefined fields so both backends store the same thing). */
export function writeState(state: DialogueState): Record<string, unknown> {
  return JSON.parse(JSON.stringify(state)) as Record<string, unknown>;
}
