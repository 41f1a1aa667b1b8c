/**
 * All widget CSS, scoped by the shadow root so neither the shop's styles nor ours leak across.
 * Colours come from custom properties set on the root from data-color.
 */
export const CSS_TEXT = `
:host{all:initial}
.cc-root{--cc-accent:#2f5d50;--cc-on-accent:#fff;--cc-bg:#fff;--cc-muted:#6b6f76;--cc-line:#e6e3de;--cc-soft:#f4f2ee;
font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"PingFang SC","Microsoft YaHei","Noto Sans CJK SC",sans-serif;color:#1f2328;
position:fixed;bottom:20px;z-index:2147483000;-webkit-font-smoothing:antialiased}
.cc-right{right:20px}.cc-left{left:20px}
*,*::before,*::after{box-sizing:border-box}
button{font:inherit;cursor:pointer}
:focus-visible{outline:3px solid var(--cc-accent);outline-offset:2px}
.cc-launcher{position:relative;width:60px;height:60px;border:0;border-radius:50%;background:var(--cc-accent);color:var(--cc-on-accent);
display:grid;place-items:center;box-shadow:0 8px 24px rgba(0,0,0,.22);transition:transform .15s ease}
.cc-launcher:hover{transform:scale(1.05)}
.cc-launcher svg{width:28px;height:28px}
.cc-badge{position:absolute;top:-4px;right:-4px;min-width:22px;height:22px;padding:0 6px;border-radius:11px;background:#d93a2b;color:#fff;
font-size:12px;font-weight:700;line-height:22px;text-align:center;box-shadow:0 0 0 2px #fff}
.cc-badge[hidden],.cc-panel[hidden],.cc-typing[hidden],.cc-launcher[hidden]{display:none}
.cc-panel{position:absolute;bottom:76px;width:380px;height:min(600px,calc(100vh - 120px));display:flex;flex-direction:column;
background:var(--cc-bg);border-radius:18px;overflow:hidden;box-shadow:0 18px 50px rgba(0,0,0,.25);border:1px solid rgba(0,0,0,.06)}
.cc-right .cc-panel{right:0}.cc-left .cc-panel{left:0}
.cc-header{display:flex;align-items:center;gap:12px;padding:16px 16px 14px;background:var(--cc-accent);color:var(--cc-on-accent)}
.cc-avatar{width:36px;height:36px;border-radius:50%;display:grid;place-items:center;background:rgba(255,255,255,.2);flex:none}
.cc-avatar svg{width:20px;height:20px}
.cc-heading{flex:1;min-width:0}
.cc-title{margin:0;font-size:16px;font-weight:650;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
.cc-status{margin:2px 0 0;font-size:12.5px;opacity:.85}
.cc-close{border:0;background:transparent;color:inherit;width:36px;height:36px;border-radius:50%;display:grid;place-items:center}
.cc-close:hover{background:rgba(255,255,255,.18)}
.cc-close svg{width:22px;height:22px}
.cc-log{flex:1;overflow-y:auto;padding:16px 14px 8px;display:flex;flex-direction:column;gap:10px;background:var(--cc-soft);overscroll-behavior:contain}
.cc-row{display:flex;flex-direction:column;align-items:flex-start;max-width:100%}
.cc-user{align-items:flex-end}
.cc-bubble{max-width:82%;padding:9px 13px;border-radius:16px 16px 16px 4px;background:#fff;white-space:pre-wrap;overflow-wrap:anywhere;
box-shadow:0 1px 2px rgba(0,0,0,.06)}
.cc-bubble a{color:inherit;text-decoration:underline}
.cc-user .cc-bubble{background:var(--cc-accent);color:var(--cc-on-accent);border-radius:16px 16px 4px 16px}
.cc-agent .cc-bubble{background:#fff7e0;border:1px solid #f0d48a}
.cc-system{align-items:center}
.cc-system .cc-bubble{background:transparent;box-shadow:none;color:var(--cc-muted);font-size:13px;text-align:center}
.cc-label{font-size:11.5px;font-weight:650;color:#8a6400;margin:0 0 3px 4px;text-transform:uppercase;letter-spacing:.04em}
.cc-note{font-size:12px;color:#b3261e;margin-top:3px;display:flex;gap:6px;align-items:center}
.cc-note button{border:0;background:none;color:inherit;text-decoration:underline;padding:0}
.cc-pending .cc-bubble{opacity:.65}
.cc-carousel{display:flex;gap:10px;overflow-x:auto;scroll-snap-type:x mandatory;width:100%;padding:4px 2px 8px;margin-top:4px}
.cc-card{flex:0 0 190px;scroll-snap-align:start;background:#fff;border-radius:14px;overflow:hidden;display:flex;flex-direction:column;
box-shadow:0 1px 3px rgba(0,0,0,.1)}
.cc-card-img{width:100%;height:130px;object-fit:cover;background:#ebe7e0;display:block}
.cc-card-body{padding:10px 12px 12px;display:flex;flex-direction:column;gap:3px;flex:1}
.cc-card-title{margin:0;font-size:14px;font-weight:650;line-height:1.3}
.cc-card-sub{margin:0;font-size:12.5px;color:var(--cc-muted)}
.cc-card-price{margin:2px 0 0;font-weight:700;color:var(--cc-accent)}
.cc-card-buttons{display:flex;flex-direction:column;gap:6px;margin-top:auto;padding-top:8px}
.cc-card-btn{display:block;text-align:center;padding:7px 10px;border-radius:10px;border:1px solid var(--cc-accent);background:#fff;
color:var(--cc-accent);font-size:13.5px;font-weight:600;text-decoration:none}
.cc-card-btn:hover{background:var(--cc-accent);color:var(--cc-on-accent)}
.cc-typing{display:flex;gap:4px;align-items:center;padding:10px 14px;margin:0 14px 6px;width:max-content;background:#fff;border-radius:16px}
.cc-typing span{width:7px;height:7px;border-radius:50%;background:#9aa0a6;animation:cc-blink 1.2s infinite ease-in-out}
.cc-typing span:nth-child(2){animation-delay:.15s}.cc-typing span:nth-child(3){animation-delay:.3s}
@keyframes cc-blink{0%,80%,100%{opacity:.3;transform:translateY(0)}40%{opacity:1;transform:translateY(-3px)}}
.cc-chips{display:flex;flex-wrap:wrap;gap:6px;padding:6px 14px 8px;background:var(--cc-soft)}
.cc-chips:empty{display:none}
.cc-chip{border:1px solid var(--cc-accent);background:#fff;color:var(--cc-accent);border-radius:999px;padding:6px 12px;font-size:13.5px;font-weight:550}
.cc-chip:hover{background:var(--cc-accent);color:var(--cc-on-accent)}
.cc-composer{display:flex;align-items:flex-end;gap:8px;padding:10px 12px;border-top:1px solid var(--cc-line);background:#fff;margin:0}
.cc-input{flex:1;resize:none;border:1px solid var(--cc-line);border-radius:12px;padding:9px 12px;font:inherit;color:inherit;max-height:120px;
background:#fff;outline:none}
.cc-input:focus{border-color:var(--cc-accent);box-shadow:0 0 0 3px color-mix(in srgb,var(--cc-accent) 20%,transparent)}
.cc-send{flex:none;width:42px;height:42px;border:0;border-radius:12px;background:var(--cc-accent);color:var(--cc-on-accent);display:grid;place-items:center}
.cc-send svg{width:20px;height:20px}
.cc-error{margin:0;padding:0 14px 6px;font-size:12.5px;color:#b3261e;background:#fff}
.cc-error:empty{display:none}
.cc-sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
@media (max-width:480px){
.cc-root.cc-open{inset:0}
.cc-open .cc-panel{position:fixed;inset:0;width:100%;height:100%;height:100dvh;border-radius:0;border:0}
.cc-open .cc-launcher{display:none}
}
@media (prefers-reduced-motion:reduce){.cc-typing span{animation:none}.cc-launcher{transition:none}}
`;

/** Constructable stylesheets pass a strict CSP (no 'unsafe-inline'); older browsers get a <style>. */
export function applyStyles(root: ShadowRoot): void {
  if (
    'adoptedStyleSheets' in root &&
    typeof CSSStyleSheet !== 'undefined' &&
    'replaceSync' in CSSStyleSheet.prototype
  ) {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(CSS_TEXT);
    root.adoptedStyleSheets = [sheet];
    return;
  }
  const style = document.createElement('style');
  style.textContent = CSS_TEXT;
  root.append(style);
}
