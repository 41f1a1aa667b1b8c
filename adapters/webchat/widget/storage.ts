/**
 * Where the widget remembers the visitor. localStorage keeps the token across reloads and tabs;
 * sessionStorage keeps "panel open" per tab. Both can throw (private mode, blocked storage), in which
 * case the chat still works for the lifetime of the page.
 */
export class WidgetStorage {
  private readonly tokenKey: string;
  private readonly openKey: string;
  private memoryToken: string | null = null;

  constructor(apiBase: string) {
    this.tokenKey = `concierge.webchat.token@${apiBase}`;
    this.openKey = `concierge.webchat.open@${apiBase}`;
  }

  get token(): string | null {
    try {
      return window.localStorage.getItem(this.tokenKey) ?? this.memoryToken;
    } catch {
      return this.memoryToken;
    }
  }

  set token(value: string | null) {
    this.memoryToken = value;
    try {
      if (value === null) window.localStorage.removeItem(this.tokenKey);
      else window.localStorage.setItem(this.tokenKey, value);
    } catch {
      // Kept in memory only.
    }
  }

  get open(): boolean {
    try {
      return window.sessionStorage.getItem(this.openKey) === '1';
    } catch {
      return false;
    }
  }

  set open(value: boolean) {
    try {
      if (value) window.sessionStorage.setItem(this.openKey, '1');
      else window.sessionStorage.removeItem(this.openKey);
    } catch {
      // Not remembered; harmless.
    }
  }
}
