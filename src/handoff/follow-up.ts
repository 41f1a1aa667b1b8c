import { describeContactHours } from '../commerce/policy/contact-hours';
import { FOLLOW_UP_WINDOW_MS, recordTicketOnce } from '../commerce/tickets';
import type { ShopPolicy } from '../commerce/types';
import type { Clock } from '../core/clock';
import type { Lang } from '../core/message';
import type { Conversation, Customer } from '../store/entities';
import type { Store } from '../store/repositories';
import { type HandoffTemplates, renderTemplate, type TemplateKey } from './templates';

/** Why a shopper is offered email instead of a live agent. */
export type FollowUpCause = 'out_of_hours' | 'timeout' | 'desk_unavailable';

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
    await recordTicketOnce(store.notes, {
      conversationId: conversation.id,
      customerId: conversation.customerId,
      text: `Follow up by email (${cause}): ${input.reason}${input.detail ? ` — ${input.detail}` : ''}`,
      subject: { cause },
      data: {
        reason: input.reason,
        ...(input.detail ? { detail: input.detail } : {}),
        ...(input.handoffId ? { handoffId: input.handoffId } : {}),
        ...(customer?.email ? { email: customer.email } : {}),
        channel: conversation.ref.channel,
      },
      at: now,
      withinMs: FOLLOW_UP_WINDOW_MS, // one ticket per cause in this window, however often they ask
    });
    return customer?.email
      ? this.text('followUpKnown', lang, { customerEmail: customer.email })
      : this.text('followUpUnknown', lang);
  }
}
