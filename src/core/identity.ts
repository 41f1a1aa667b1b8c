import { randomUUID } from 'node:crypto';
import type { Customer, Identity } from '../store/entities';
import type { Store } from '../store/repositories';
import { DuplicateError } from './errors';
import type { Message } from './message';

/**
 * Finds the customer behind a channel user, creating an anonymous one on first contact. Two first
 * messages racing from two processes both try to create the identity; the unique index lets one win
 * and the loser reads the winner's record.
 */
export async function resolveIdentity(
  store: Store,
  message: Message,
  now: Date,
): Promise<{ customer: Customer; identity: Identity }> {
  const existing = await store.identities.get(message.channel, message.channelUserId);
  if (existing) {
    const customer = await store.customers.get(existing.customerId);
    if (customer) return { customer, identity: existing };
  }
  const at = now.toISOString();
  const customer: Customer = {
    id: `cus_${randomUUID()}`,
    name: '',
    consents: [],
    createdAt: at,
    updatedAt: at,
  };
  await store.customers.create(customer);
  const identity: Identity = {
    channel: message.channel,
    channelUserId: message.channelUserId,
    customerId: customer.id,
    verified: false,
    createdAt: at,
  };
  try {
    if (existing) {
      await store.identities.link(message.channel, message.channelUserId, customer.id, false);
    } else {
      await store.identities.create(identity);
    }
    return { customer, identity };
  } catch (error) {
    if (!(error instanceof DuplicateError)) throw error;
    await store.customers.delete(customer.id);
    const winner = await store.identities.get(message.channel, message.channelUserId);
    const winnerCustomer = winner ? await store.customers.get(winner.customerId) : null;
    if (!winner || !winnerCustomer) throw error;
    return { customer: winnerCustomer, identity: winner };
  }
}

/**
 * Links a channel user to a customer who proved ownership, and moves what the anonymous profile
 * collected (events) onto the real one so the omnichannel history stays whole.
 */
export async function linkIdentity(
  store: Store,
  identity: Identity,
  customerId: string,
): Promise<{ customer: Customer; identity: Identity }> {
  const customer = await store.customers.get(customerId);
  if (!customer) throw new Error(`cannot link to unknown customer ${customerId}`);
  const previous = identity.customerId;
  await store.identities.link(identity.channel, identity.channelUserId, customerId, true);
  if (previous !== customerId) {
    await store.events.reassign(previous, customerId);
    const orphan = await store.customers.get(previous);
    // An anonymous profile with no details of its own has nothing left once its events moved.
    if (orphan && !orphan.email && !orphan.phone && orphan.name === '') await store.customers.delete(previous);
  }
  return { customer, identity: { ...identity, customerId, verified: true } };
}
