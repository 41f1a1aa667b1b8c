import { ChatController } from './controller';
import { STRINGS } from './i18n';
import { readOptions } from './options';
import { WidgetStorage } from './storage';
import { ChatView } from './view';

/**
 * Entry point of /widget.js. A shop embeds it with one tag:
 *   <script src="https://bot.example.com/widget.js" data-title="…" data-color="#2f5d50" async></script>
 */
declare global {
  interface Window {
    ConciergeChat?: { open(): void; close(): void };
  }
}

function mount(script: HTMLScriptElement | null): void {
  if (window.ConciergeChat) return; // embedded twice: keep the first
  const options = readOptions(script, window);
  const strings = STRINGS[options.lang];
  const storage = new WidgetStorage(options.apiBase);
  const host = document.createElement('div');
  host.id = 'concierge-chat';
  let controller: ChatController | undefined;

  const view = new ChatView(host, options, strings, {
    onSend: (text) => controller?.send({ text }, text),
    onQuickReply: (reply) => controller?.send({ payload: reply.payload, label: reply.label }, reply.label),
    onCardButton: (button, card) => {
      if (button.payload)
        controller?.send(
          { payload: button.payload, label: `${button.label}: ${card.title}` },
          `${button.label}: ${card.title}`,
        );
    },
    onOpenChange: (open) => {
      storage.open = open;
      if (open) void controller?.start().catch(() => view.showError(strings.errorGeneric));
    },
  });
  controller = new ChatController(view, options, strings, storage);
  document.body.append(host);
  window.ConciergeChat = { open: () => view.open(), close: () => view.close() };

  // The session starts at once so that live messages (offers, agent replies) can raise the badge.
  void controller.start().catch(() => undefined);
  if (options.openOnLoad || storage.open) view.open(false);
}

const current = document.currentScript instanceof HTMLScriptElement ? document.currentScript : null;
const script = current ?? document.querySelector<HTMLScriptElement>('script[src*="widget.js"]');
if (document.body) mount(script);
else document.addEventListener('DOMContentLoaded', () => mount(script), { once: true });
