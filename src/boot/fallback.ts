// Fail closed, but never leave the shopper stuck: when the UI chunk cannot load or start, this
// plain dialog (English, or the site's flat `text` strings) still offers the same three buttons and
// a switch per category. It ships in the core, so it is deliberately bare: DOM calls, no markup.
import type { Choice, ConsentryContext } from './context';
import { shadowHost, whenBody } from './shadow-host';

const CSS =
  ':host{all:initial!important;position:fixed!important;z-index:2147483647!important}' +
  'div{position:fixed;left:0;right:0;bottom:0;max-height:60%;overflow:auto;background:#fff;color:#111;font:14px sans-serif;padding:12px;border-top:1px solid}' +
  'button{font:inherit;margin:8px 8px 0 0;padding:8px}label{display:block}[hidden]{display:none}';

export interface Fallback {
  show(preferences: boolean): void;
}

export function createFallback(ctx: ConsentryContext): Fallback {
  const { doc, config } = ctx;
  const make = <K extends keyof HTMLElementTagNameMap>(tag: K, text = '', ...children: Array<Node | string>) => {
    const el = doc.createElement(tag);
    el.append(text, ...children);
    return el;
  };
  const box = make('div');
  const more = make('p');
  const switches = config.categories
    .filter((c) => c.id !== 'necessary')
    .map((c) => {
      const input = make('input');
      input.type = 'checkbox';
      input.setAttribute('role', 'switch');
      more.append(make('label', '', input, ` ${c.label || c.id[0]!.toUpperCase() + c.id.slice(1)}`));
      return [c.id, input] as const;
    });
  const button = (key: 'accept' | 'reject' | 'manage' | 'save', en: string, onclick: () => void) => {
    const b = make('button', config.text[key] || en);
    b.type = 'button';
    b.onclick = onclick;
    return b;
  };
  const done = (choice: Choice, method: 'banner' | 'preferences') => () => {
    ctx.choose(choice, method);
    box.hidden = true;
  };
  const reveal = () => {
    for (const [id, input] of switches) input.checked = ctx.isAllowed(id);
    more.hidden = false;
    switches[0]?.[1].focus();
  };
  const save = () => done(Object.fromEntries(switches.map(([id, input]) => [id, input.checked])), 'preferences')();

  box.setAttribute('role', 'dialog');
  box.setAttribute('aria-label', config.text.title || 'Cookies on this site');
  more.hidden = true;
  more.append(button('save', 'Save preferences', save));
  box.append(
    make('p', config.text.body || 'We use optional cookies only if you accept them. You can change your mind at any time.'),
    button('accept', 'Accept all', done('all', 'banner')),
    button('reject', 'Reject all', done('none', 'banner')),
    button('manage', 'Manage preferences', reveal),
    more,
  );
  // A choice made elsewhere (another tab, the API) answers this banner too, as in the real UI.
  ctx.onDecisions(() => more.hidden && !ctx.needsChoice() && (box.hidden = true));

  return {
    show: (preferences) =>
      whenBody(doc, () => {
        if (!box.isConnected) shadowHost(doc, CSS, ctx.script?.nonce).append(box);
        box.hidden = false;
        if (preferences) reveal();
      }),
  };
}
