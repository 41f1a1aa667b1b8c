import type { Entity, EntityData, EntityType } from '../types';

/** Builds an entity from a regex match, pointing at the whole match or at one group of it. */
export function entityFrom(type: EntityType, value: string, text: string, start: number, data?: EntityData): Entity {
  const entity: Entity = { type, value, text, start, end: start + text.length };
  if (data && Object.keys(data).length > 0) entity.data = data;
  return entity;
}

/** `text` as a literal inside a regular expression. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Every match of a pattern (the global flag is added when missing). */
export function allMatches(pattern: RegExp, text: string): RegExpExecArray[] {
  const flags = pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`;
  return [...text.matchAll(new RegExp(pattern.source, flags))];
}
