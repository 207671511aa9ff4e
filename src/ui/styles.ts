// The UI's look, themable through documented custom properties (see docs/ui.md), which inherit
// into the shadow root even past `all: initial`. Sizes are px or em of the host, never rem, so
// the shop's root font size cannot change them.
//
// The host itself is the bar's fixed box, and nothing inside the banner is positioned: a slotted
// button (answers.ts) has an `offsetParent`, which privacy tools read as "visible", only when no
// positioned element of the shadow tree stands between it and the host. Its rule is all
// `!important`, starting from the browser's own button look, because the shop's rules, even
// important ones, lose only to important rules of the shadow tree.
export const css = `:host{all:initial!important;position:fixed!important;left:0!important;right:0!important;bottom:0!important;z-index:2147483647!important}
.r{--bg:var(--consentry-bg,#fff);--fg:var(--consentry-fg,#1a1a1a);--ac:var(--consentry-accent,#1d4ed8);--af:var(--consentry-accent-fg,#fff);--bd:var(--consentry-border,#8a8a8a);--rd:var(--consentry-radius,6px);--sp:var(--consentry-space,12px);font:var(--consentry-font-size,14px)/1.4 var(--consentry-font,system-ui,sans-serif);color:var(--fg);color-scheme:light;overflow-wrap:break-word}
@media(prefers-color-scheme:dark){.r{--bg:var(--consentry-bg,#1e1e20);--fg:var(--consentry-fg,#f0f0f0);--ac:var(--consentry-accent,#9cc0ff);--af:var(--consentry-accent-fg,#111);--bd:var(--consentry-border,#777);color-scheme:dark}}
*{box-sizing:border-box}[hidden]{display:none!important}
h2{font-size:1.15em;margin:0 0 .25em}p{margin:0 0 .5em}a{color:var(--ac)}
.b,.d{background:var(--bg);color:var(--fg);border:1px solid var(--bd);padding:var(--sp)}
.b{max-height:60vh;overflow:auto;border-width:1px 0 0;animation:u .2s ease-out}
.bd{position:fixed;inset:0;display:grid;place-items:center;background:#000a;padding:8px}
.b.m,.d{position:static;max-height:100%;width:min(100%,36em);border-radius:var(--rd);overflow:auto}
.a{display:grid;gap:8px;grid-template-columns:repeat(auto-fit,minmax(min(100%,7em),1fr))}
button{font:inherit;color:var(--af);background:var(--ac);border:1px solid var(--ac);border-radius:var(--rd);padding:.5em .25em;min-height:2.75em}
::slotted(button){all:revert!important;--ac:inherit!important;--af:inherit!important;--rd:inherit!important;box-sizing:border-box!important;font:inherit!important;color:var(--af)!important;background:var(--ac)!important;border:1px solid var(--ac)!important;border-radius:var(--rd)!important;padding:.5em .25em!important;min-height:2.75em!important}
::slotted(:focus-visible){outline:2px solid var(--ac)!important;outline-offset:2px!important}
::slotted(button)::before,::slotted(button)::after{content:none!important}
:focus-visible{outline:2px solid var(--ac);outline-offset:2px}
.sg{font-style:italic}
@keyframes u{from{transform:translateY(1em);opacity:0}}
@media(prefers-reduced-motion:reduce){*,:before{animation:none!important;transition:none!important}}`;

/** The dialog's own rules, added to the banner's root when the preferences part first opens it. */
export const prefsCss = `.d{display:flex;flex-direction:column;padding:0}.d>*{padding:var(--sp)}.s{overflow:auto;flex:1}
.h{display:flex;flex-wrap:wrap;justify-content:space-between;align-items:center;gap:var(--sp);border-bottom:1px solid var(--bd)}.h h2{margin:0}
.d>.a{border-top:1px solid var(--bd)}
.x{color:var(--fg);background:none;border-color:var(--bd)}
.c{border-top:1px solid var(--bd);padding-top:.6em}.c p{margin:.2em 0 .6em}
.sw{display:flex;align-items:center;gap:.6em;font-weight:600}
.sw input{appearance:none;margin:0;flex:none;width:2.5em;height:1.4em;border-radius:1em;background:var(--bg);border:2px solid var(--bd);position:relative}
.sw input:before{content:"";position:absolute;top:.15em;left:.15em;width:.9em;height:.9em;border-radius:50%;background:var(--bd);transition:transform .15s}
.sw input:checked{background:var(--ac);border-color:var(--ac)}.sw input:checked:before{background:var(--af);transform:translateX(1.1em)}
.sw input:disabled{opacity:.6}
.v{list-style:none;margin:0 0 .6em;padding:0 0 0 1em}.v li{margin:.4em 0}.v .sw{font-weight:400}
details{margin:.2em 0 0 1em}summary{color:var(--ac)}dl{margin:.4em 0}dt{font-weight:600}dd{margin:0 0 .4em}dd ul{margin:0;padding-left:1.2em}`;

/**
 * A placeholder's shadow root: the same look and custom properties, but the host sits in the
 * page's flow (absolutely, at its static position over the held iframe), not fixed at the top.
 * Built from the banner's CSS, which the banner chunk lends the preferences part.
 */
export const embedCss = (
  banner: string,
): string => `:host{all:initial!important;position:absolute!important}${banner.slice(banner.indexOf('\n'))}
.p{height:100%;display:flex;flex-direction:column;justify-content:center;align-items:center;gap:.4em;text-align:center;overflow:auto;background:var(--bg);border:1px solid var(--bd);border-radius:var(--rd);padding:var(--sp)}
.p p{margin:0}.pn{font-weight:600}.l{color:var(--ac);background:none;border:0;text-decoration:underline}`;
