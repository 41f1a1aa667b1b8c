import { randomBytes } from 'node:crypto';
import { describeContactHours } from '../commerce/policy/contact-hours';
import type { ShopPolicy } from '../commerce/types';
import type { Clock } from '../core/clock';
import type { Lang } from '../core/message';
import type { Conversation, Customer } from '../store/entities';
import type { Store } from '../store/repositories';
import { type HandoffTemplates, renderTemplate, type TemplateKey } from './templates';

/** Why a shopper is offered email instead of a live agent. */
export type FollowUpCause = 'out_of_hours' | 'timeout' | 'desk_unavailable';

/** One ticket per conversation and cause within this window, however often the shopper asks. */
const TICKET_DEDUPE_MS = 12 * 60 * 60 * 1000;

export function newId(prefix: string): string {
  // 8 base32 characters: short enough to type in `/concierge resolve H-…`, ~10^12 values.
  const alphabet = 'ABCDEFGHJKMNPQRSTVWXYZ0123456789';
  const bytes = randomBytes(8);
  let out = '';
  for (const b of bytes) out += alphabet[b % alphabet.length];
  return `${prefix}-${out}`;
}

/** Shared plumbing for the messages a handoff sends: placeholders, language, the email follow-up. */
export class HandoffMessages {
  constructor(private readonly deps: { store: Store; clock: Clock; policy: ShopPolicy; templates: HandoffTemplates }) {}

  text(key: TemplateKey, lang: Lang, vars: Record<string, string> = {}): string {
    const { policy, templates } = this.deps;
    return renderTemplate(templates, key, lang, {
      shop: policy.shopName,
      shopEmail: policy.contact.email,
      hours: describeContactHours(policy.contact, lang),
      ...vars,
    });
  }

  /**
   * Records a ticket Note so the team follows up by email, and returns the sentence that tells the
   * shopper how. Repeated requests within a few hours add no second ticket.
   */
  async offerEmail(input: {
    conversation: Conversation;
    lang: Lang;
    cause: FollowUpCause;
    reason: string;
    detail?: string | undefined;
    handoffId?: string;
  }): Promise<string> {
    const { store, clock } = this.deps;
    const { conversation, lang, cause } = input;
    const now = clock.now();
    const customer: Customer | null = conversation.customerId
      ? await store.customers.get(conversation.customerId)
      : null;
    const key = `handoff-ticket:${cause}:${conversation.id}`;
    const count = await store.kv.increment(
      key,
      1,
      new Date(now.getTime() + TICKET_DEDUPE_MS).toISOString(),
      now.toISOString(),
    );
    if (count === 1) {
      await store.notes.add({
        id: newId('T'),
        kind: 'ticket',
        conversationId: conversation.id,
        ...(conversation.customerId ? { customerId: conversation.customerId } : {}),
        text: `Follow up by email (${cause}): ${input.reason}${input.detail ? ` — ${input.detail}` : ''}`,
        data: {
          cause,
          reason: input.reason,
          ...(input.detail ? { detail: input.detail } : {}),
          ...(input.handoffId ? { handoffId: input.handoffId } : {}),
          ...(customer?.email ? { email: customer.email } : {}),
          channel: conversation.ref.channel,
        },
        at: now.toISOString(),
      });
    }
    return customer?.email
      ? this.text('followUpKnown', lang, { customerEmail: customer.email })
      : this.text('followUpUnknown', lang);
  }
}
