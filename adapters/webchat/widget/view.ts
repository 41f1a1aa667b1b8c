import type { Card, CardButton, QuickReply, Reply } from '../../../src/core/message';
import { h, ICONS, icon } from './dom';
import type { Strings } from './i18n';
import type { WidgetOptions } from './options';
import { type RenderContext, renderMessage, type Speaker } from './render';
import { applyStyles } from './styles';

export interface ViewEvents {
  onSend: (text: string) => void;
  onQuickReply: (reply: QuickReply) => void;
  onCardButton: (button: CardButton, card: Card) => void;
  onOpenChange: (open: boolean) => void;
}

/** A user bubble whose delivery state the controller updates. */
export interface PendingBubble {
  sent(): void;
  retrying(): void;
  failed(onRetry: () => void): void;
}

/** The widget's DOM: launcher, dialog, log, chips, typing indicator and composer. No network. */
export class ChatView {
  private readonly root: HTMLElement;
  private readonly launcher: HTMLButtonElement;
  private readonly badge: HTMLElement;
  private readonly panel: HTMLElement;
  private readonly log: HTMLElement;
  private readonly typing: HTMLElement;
  private readonly chips: HTMLElement;
  private readonly input: HTMLTextAreaElement;
  private readonly status: HTMLElement;
  private readonly error: HTMLElement;
  private readonly ctx: RenderContext;
  private unread = 0;

  constructor(
    host: HTMLElement,
    private readonly options: WidgetOptions,
    private readonly strings: Strings,
    private readonly events: ViewEvents,
  ) {
    const shadow = host.attachShadow({ mode: 'open' });
    applyStyles(shadow);
    this.ctx = { strings, base: options.apiBase, onCardButton: events.onCardButton };

    this.badge = h('span', { class: 'cc-badge', 'aria-hidden': 'true', hidden: true });
    this.launcher = h('button', {
      class: 'cc-launcher',
      type: 'button',
      'aria-label': strings.openChat,
      'aria-expanded': 'false',
      'aria-controls': 'cc-panel',
      'aria-haspopup': 'dialog',
    });
    this.launcher.append(icon(ICONS.chat), this.badge);

    const close = h('button', { class: 'cc-close', type: 'button', 'aria-label': strings.closeChat });
    close.append(icon(ICONS.close));
    const avatar = h('span', { class: 'cc-avatar', 'aria-hidden': 'true' });
    avatar.append(icon(ICONS.chat));
    this.status = h('p', { class: 'cc-status' }, options.subtitle);
    const header = h(
      'header',
      { class: 'cc-header' },
      avatar,
      h('div', { class: 'cc-heading' }, h('h2', { class: 'cc-title', id: 'cc-title' }, options.title), this.status),
      close,
    );
    this.log = h('div', {
      class: 'cc-log',
      role: 'log',
      'aria-live': 'polite',
      'aria-relevant': 'additions',
      'aria-label': strings.conversation,
      tabindex: '0',
    });
    this.typing = h(
      'div',
      { class: 'cc-typing', role: 'status', hidden: true },
      h('span', { 'aria-hidden': 'true' }),
      h('span', { 'aria-hidden': 'true' }),
      h('span', { 'aria-hidden': 'true' }),
      h('em', { class: 'cc-sr' }, strings.typing(options.title)),
    );
    this.chips = h('div', { class: 'cc-chips', role: 'group', 'aria-label': strings.suggestions });
    this.input = h('textarea', {
      class: 'cc-input',
      rows: '1',
      maxlength: '2000',
      placeholder: strings.placeholder,
      'aria-label': strings.placeholder,
      enterkeyhint: 'send',
    });
    const send = h('button', { class: 'cc-send', type: 'submit', 'aria-label': strings.send });
    send.append(icon(ICONS.send));
    const form = h('form', { class: 'cc-composer' }, this.input, send);
    this.error = h('p', { class: 'cc-error', role: 'alert' });
    this.panel = h(
      'section',
      {
        class: 'cc-panel',
        id: 'cc-panel',
        role: 'dialog',
        'aria-labelledby': 'cc-title',
        'aria-modal': 'false',
        hidden: true,
      },
      header,
      this.log,
      this.typing,
      this.chips,
      this.error,
      form,
    );
    this.root = h(
      'div',
      { class: `cc-root cc-${options.position}`, lang: options.lang === 'zh' ? 'zh-CN' : 'en' },
      this.panel,
      this.launcher,
    );
    this.root.style.setProperty('--cc-accent', options.color);
    this.root.style.setProperty('--cc-on-accent', options.onColor);
    shadow.append(this.root);

    this.launcher.addEventListener('click', () => (this.isOpen ? this.close() : this.open()));
    close.addEventListener('click', () => this.close());
    this.panel.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') {
        event.stopPropagation();
        this.close();
      }
    });
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.submit();
    });
    this.input.addEventListener('keydown', (event) => {
      // Enter sends, Shift+Enter breaks the line; never while an IME is composing (Chinese input).
      if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
        event.preventDefault();
        this.submit();
      }
    });
    this.input.addEventListener('input', () => {
      this.error.textContent = '';
      this.input.style.height = 'auto';
      this.input.style.height = `${Math.min(this.input.scrollHeight, 120)}px`;
    });
  }

  get isOpen(): boolean {
    return !this.panel.hidden;
  }

  open(focus = true): void {
    this.panel.hidden = false;
    this.root.classList.add('cc-open');
    this.launcher.setAttribute('aria-expanded', 'true');
    this.setUnread(0);
    this.scrollToEnd();
    if (focus) this.input.focus();
    this.events.onOpenChange(true);
  }

  close(): void {
    if (!this.isOpen) return;
    this.panel.hidden = true;
    this.root.classList.remove('cc-open');
    this.launcher.setAttribute('aria-expanded', 'false');
    this.launcher.focus();
    this.events.onOpenChange(false);
  }

  private submit(): void {
    const text = this.input.value.trim();
    if (!text) return;
    if (text.length > 2000) {
      this.error.textContent = this.strings.errorTooLong;
      return;
    }
    this.input.value = '';
    this.input.style.height = 'auto';
    this.events.onSend(text);
  }

  /**
   * Redraws the log from the server's history. Messages still on their way stay, after it: the
   * server has not seen them yet, so the history cannot contain them.
   */
  replaceHistory(greeting: string, items: { from: Speaker; text: string; reply?: Reply }[]): void {
    const pending = [...this.log.querySelectorAll('.cc-pending')];
    this.log.replaceChildren(renderMessage('bot', greeting, undefined, this.ctx));
    for (const item of items) this.log.append(renderMessage(item.from, item.text, item.reply, this.ctx));
    this.log.append(...pending);
    this.scrollToEnd();
  }

  add(from: Speaker, text: string, reply?: Reply): HTMLElement {
    const row = renderMessage(from, text, reply, this.ctx);
    this.log.append(row);
    this.scrollToEnd();
    return row;
  }

  /** A shopper's message, drawn at once and updated as its delivery succeeds or fails. */
  addPending(text: string): PendingBubble {
    const row = this.add('user', text);
    row.classList.add('cc-pending');
    const note = h('div', { class: 'cc-note' });
    const setNote = (...children: (Node | string)[]) => {
      note.replaceChildren(...children);
      if (!note.isConnected) row.append(note);
    };
    return {
      sent: () => {
        row.classList.remove('cc-pending');
        note.remove();
      },
      retrying: () => setNote(this.strings.retrying),
      failed: (onRetry) => {
        const button = h('button', { type: 'button' }, this.strings.retry);
        button.addEventListener('click', onRetry);
        setNote(this.strings.notSent, button);
      },
    };
  }

  /** Replaces the suggested replies (the latest message's only). */
  setQuickReplies(replies: QuickReply[]): void {
    this.chips.replaceChildren(
      ...replies.map((reply) => {
        const chip = h('button', { class: 'cc-chip', type: 'button' }, reply.label);
        chip.addEventListener('click', () => this.events.onQuickReply(reply));
        return chip;
      }),
    );
  }

  setTyping(on: boolean): void {
    this.typing.hidden = !on;
    if (on) this.scrollToEnd();
  }

  setConnected(connected: boolean): void {
    this.status.textContent = connected ? this.options.subtitle : this.strings.reconnecting;
  }

  showError(message: string): void {
    this.error.textContent = message;
  }

  /** Counts messages that arrive while the panel is closed. */
  bumpUnread(): void {
    if (!this.isOpen) this.setUnread(this.unread + 1);
  }

  private setUnread(n: number): void {
    this.unread = n;
    this.badge.textContent = n > 9 ? '9+' : String(n);
    this.badge.hidden = n === 0;
    this.launcher.setAttribute(
      'aria-label',
      n > 0 ? `${this.strings.openChat}, ${this.strings.unread(n)}` : this.strings.openChat,
    );
  }

  private scrollToEnd(): void {
    this.log.scrollTop = this.log.scrollHeight;
  }
}
