import { ConflictError } from '../core/errors';
import type { Conversation, HandoffStatus } from '../store/entities';
import type { Store } from '../store/repositories';

const MAX_ATTEMPTS = 5;

/**
 * Sets `conversation.handoff` (and optionally a few state keys) on the stored conversation, reloading
 * and retrying when another writer got there first. Only these fields change: everything else is
 * taken from the freshest stored copy, so a concurrent turn's dialogue state is never overwritten.
 * Returns the stored copy, or null when the conversation no longer exists (erased).
 */
export async function syncConversationHandoff(
  store: Store,
  conversationId: string,
  status: HandoffStatus,
  statePatch: Record<string, unknown> = {},
): Promise<Conversation | null> {
  for (let attempt = 1; ; attempt++) {
    const current = await store.conversations.get(conversationId);
    if (!current) return null;
    const patchNeeded = Object.entries(statePatch).some(([k, v]) => current.state[k] !== v);
    if (current.handoff === status && !patchNeeded) return current;
    try {
      return await store.conversations.save({
        ...current,
        handoff: status,
        state: { ...current.state, ...statePatch },
      });
    } catch (e) {
      if (!(e instanceof ConflictError) || attempt >= MAX_ATTEMPTS) throw e;
    }
  }
}

/**
 * Moves a conversation from 'bot' to 'pending' — the one atomic step that decides which of several
 * concurrent triggers starts the handoff. Tries the turn's own copy first (so the turn's later save
 * still matches the stored version); on a conflict, only the stored copy is changed.
 * Returns the stored copy when this caller won, or null when someone else already moved it.
 */
export async function claimConversationForHandoff(store: Store, turnCopy: Conversation): Promise<Conversation | null> {
  if (turnCopy.handoff !== 'bot') return null;
  try {
    return await store.conversations.save({ ...turnCopy, handoff: 'pending' });
  } catch (e) {
    if (!(e instanceof ConflictError)) throw e;
  }
  for (let attempt = 1; ; attempt++) {
    const current = await store.conversations.get(turnCopy.id);
    if (current?.handoff !== 'bot') return null;
    try {
      return await store.conversations.save({ ...current, handoff: 'pending' });
    } catch (e) {
      if (!(e instanceof ConflictError) || attempt >= MAX_ATTEMPTS) throw e;
    }
  }
}
