/**
 * The payload grammar: what quick replies and card buttons send back in `Message.payload`. Payloads
 * skip NLU, so they must say exactly what the shopper chose. Each is `kind:argument`, and the argument
 * may itself contain colons (slot values, product ids), so only the first one or two are split.
 *
 *   cmd:start | cmd:stop | cmd:cancel | cmd:help   conversation commands
 *   intent:<name>                                  run an intent as if the shopper had typed it
 *   slot:<name>:<value>                            answer a slot of the active form
 *   product:<id>                                   details of one product
 *   more-like:<id>                                 recommendations seeded by a product
 *   order:<id>                                     pick an order (fills the order-number slot)
 *   return-item:<sku>                              pick an item to return
 *   csat:<1-5>                                     rate the conversation
 *   handoff:<reason>                               ask for a person, with a handoff reason
 *   consent:yes | consent:no                       marketing opt-in answer for this channel
 */
export type Payload =
  | { kind: 'cmd'; command: 'start' | 'stop' | 'cancel' | 'help' }
  | { kind: 'intent'; intent: string }
  | { kind: 'slot'; slot: string; value: string }
  | { kind: 'product'; productId: string }
  | { kind: 'more-like'; productId: string }
  | { kind: 'order'; orderId: string }
  | { kind: 'return-item'; sku: string }
  | { kind: 'csat'; score: number }
  | { kind: 'handoff'; reason: string }
  | { kind: 'consent'; optedIn: boolean };

const COMMANDS = new Set(['start', 'stop', 'cancel', 'help']);

/** Parses a payload; undefined for anything outside the grammar (treated like unknown text). */
export function parsePayload(raw: string): Payload | undefined {
  const colon = raw.indexOf(':');
  if (colon <= 0) return undefined;
  const kind = raw.slice(0, colon);
  const arg = raw.slice(colon + 1).trim();
  if (arg === '') return undefined;
  switch (kind) {
    case 'cmd':
      return COMMANDS.has(arg) ? { kind, command: arg as 'start' | 'stop' | 'cancel' | 'help' } : undefined;
    case 'intent':
      return { kind, intent: arg };
    case 'slot': {
      const sep = arg.indexOf(':');
      if (sep <= 0 || sep === arg.length - 1) return undefined;
      return { kind, slot: arg.slice(0, sep), value: arg.slice(sep + 1) };
    }
    case 'product':
    case 'more-like':
      return { kind, productId: arg };
    case 'order':
      return { kind, orderId: arg };
    case 'return-item':
      return { kind, sku: arg };
    case 'csat': {
      const score = Number(arg);
      return Number.isInteger(score) && score >= 1 && score <= 5 ? { kind, score } : undefined;
    }
    case 'handoff':
      return { kind, reason: arg };
    case 'consent':
      return arg === 'yes' || arg === 'no' ? { kind, optedIn: arg === 'yes' } : undefined;
    default:
      return undefined;
  }
}

/** Builders, so skills never spell payload strings by hand. */
export const payloads = {
  cmd: (command: 'start' | 'stop' | 'cancel' | 'help') => `cmd:${command}`,
  intent: (name: string) => `intent:${name}`,
  slot: (name: string, value: string) => `slot:${name}:${value}`,
  product: (id: string) => `product:${id}`,
  moreLike: (id: string) => `more-like:${id}`,
  order: (id: string) => `order:${id}`,
  returnItem: (sku: string) => `return-item:${sku}`,
  csat: (score: number) => `csat:${score}`,
  handoff: (reason: string) => `handoff:${reason}`,
  consent: (optedIn: boolean) => `consent:${optedIn ? 'yes' : 'no'}`,
};
