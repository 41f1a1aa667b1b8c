import { pickLang, STRINGS, type UiLang } from './i18n';

/** Everything a shop can set with data- attributes on the script tag. */
export interface WidgetOptions {
  apiBase: string;
  title: string;
  subtitle: string;
  greeting: string;
  color: string;
  onColor: string;
  position: 'left' | 'right';
  lang: UiLang;
  openOnLoad: boolean;
}

const DEFAULT_COLOR = '#2f5d50';

/** Dark or light text, whichever reads better on the accent (WCAG relative luminance). */
export function textColorFor(color: string): string {
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color)?.[1];
  if (!hex) return '#ffffff';
  const full = hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex;
  const channel = (i: number) => {
    const v = Number.parseInt(full.slice(i, i + 2), 16) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4);
  return luminance > 0.4 ? '#1b1b1b' : '#ffffff';
}

function validColor(value: string | undefined): string | undefined {
  if (!value) return undefined;
  return typeof CSS !== 'undefined' && CSS.supports('color', value) ? value : undefined;
}

export function readOptions(script: HTMLScriptElement | null, win: Window): WidgetOptions {
  const data = script?.dataset ?? {};
  const lang = pickLang(data.lang, win.navigator.language);
  const strings = STRINGS[lang];
  let apiBase = win.location.origin;
  try {
    apiBase = new URL(data.api || script?.src || win.location.href, win.location.href).origin;
  } catch {
    // A broken data-api falls back to the page's own origin.
  }
  const color = validColor(data.color) ?? DEFAULT_COLOR;
  return {
    apiBase,
    title: data.title?.trim() || strings.title,
    subtitle: data.subtitle?.trim() || strings.online,
    greeting: data.greeting?.trim() || strings.greeting,
    color,
    onColor: textColorFor(color),
    position: data.position === 'left' ? 'left' : 'right',
    lang,
    openOnLoad: data.open === 'true',
  };
}
