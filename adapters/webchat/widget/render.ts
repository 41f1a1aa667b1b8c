import type { Card, CardButton, Reply } from '../../../src/core/message';
import { h, linkify, safeHttpUrl } from './dom';
import type { Strings } from './i18n';

export interface RenderContext {
  strings: Strings;
  base: string;
  onCardButton: (button: CardButton, card: Card) => void;
}

export type Speaker = 'user' | 'bot' | 'agent' | 'system';

/** One row of the conversation log: label (agents), bubble, then any product cards. */
export function renderMessage(from: Speaker, text: string, reply: Reply | undefined, ctx: RenderContext): HTMLElement {
  const row = h('div', { class: `cc-row cc-${from}` });
  if (from === 'agent') row.append(h('span', { class: 'cc-label' }, ctx.strings.agent));
  if (text) {
    const bubble = h('div', { class: 'cc-bubble' });
    bubble.append(linkify(text, ctx.base));
    row.append(bubble);
  }
  const cards = reply?.cards ?? [];
  if (cards.length > 0) row.append(renderCarousel(cards, ctx));
  return row;
}

function renderCarousel(cards: Card[], ctx: RenderContext): HTMLElement {
  const list = h('div', { class: 'cc-carousel', role: 'list', 'aria-label': ctx.strings.products });
  for (const card of cards) list.append(renderCard(card, ctx));
  return list;
}

function renderCard(card: Card, ctx: RenderContext): HTMLElement {
  const image = card.imageUrl ? safeHttpUrl(card.imageUrl, ctx.base) : undefined;
  const item = h('article', { class: 'cc-card', role: 'listitem', 'aria-label': card.title });
  item.append(
    image
      ? h('img', { class: 'cc-card-img', src: image, alt: '', loading: 'lazy', decoding: 'async' })
      : h('div', { class: 'cc-card-img cc-card-placeholder', 'aria-hidden': 'true' }),
  );
  const body = h(
    'div',
    { class: 'cc-card-body' },
    h('h3', { class: 'cc-card-title' }, card.title),
    card.subtitle ? h('p', { class: 'cc-card-sub' }, card.subtitle) : null,
    card.price ? h('p', { class: 'cc-card-price' }, card.price) : null,
  );
  const buttons = h('div', { class: 'cc-card-buttons' });
  for (const button of card.buttons ?? []) {
    const url = button.url ? safeHttpUrl(button.url, ctx.base) : undefined;
    if (url) {
      buttons.append(
        h('a', { class: 'cc-card-btn', href: url, target: '_blank', rel: 'noopener noreferrer' }, button.label),
      );
    } else if (button.payload) {
      const el = h(
        'button',
        { class: 'cc-card-btn', type: 'button', 'aria-label': `${button.label}: ${card.title}` },
        button.label,
      );
      el.addEventListener('click', () => ctx.onCardButton(button, card));
      buttons.append(el);
    }
  }
  if (buttons.childElementCount > 0) body.append(buttons);
  item.append(body);
  return item;
}
