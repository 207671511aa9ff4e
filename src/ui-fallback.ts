// Fail closed, but never leave the shopper stuck: when the UI chunk cannot load or start, this
// plain dialog (English, or the site's `text` overrides) still offers the same three buttons and
// a switch per category. It ships in the core, so it is deliberately bare: DOM calls, no markup.
import type { ConsentryContext } from './context';
import { shadowHost, whenBody } from './ui/shadow-host';

const CSS =
  ':host{all:initial!important;position:fixed!important;z-index:2147483647!important}' +
  '[role=dialog]{position:fixed;left:0;right:0;bottom:0;max-height:60%;overflow:auto;background:#fff;color:#111;font:14px/1.4 sans-serif;padding:12px;border-top:1px solid #767676}' +
  'button{font:inherit;margin:8px 8px 0 0;padding:8px 12px}label{display:block;margin:4px 0}[hidden]{display:none}';

export interface Fallback {
  show(preferences: boolean): void;
}

export function createFallback(ctx: ConsentryContext): Fallback {
  const { doc, config } = ctx;
  const t = (key: string, en: string) => config.text[key] || en;
  const make = <K extends keyof HTMLElementTagNameMap>(tag: K, text = '') => {
    const el = doc.createElement(tag);
    el.textContent = text;
    return el;
  };
  let box: HTMLElement | null = null;
  const switches: Array<[string, HTMLInputElement]> = [];
  const extra = make('div');

  const done = (choice: Parameters<ConsentryContext['choose']>[0], method: 'banner' | 'preferences') => {
    ctx.choose(choice, method);
    box!.hidden = true;
  };
  const button = (label: string, onClick: () => void) => {
    const b = make('button', label);
    b.type = 'button';
    b.onclick = onClick;
    return b;
  };
  const reveal = () => {
    for (const [id, input] of switches) input.checked = ctx.isAllowed(id);
    extra.hidden = false;
    switches[0]?.[1].focus();
  };

  const build = () => {
    box = make('div');
    box.setAttribute('role', 'dialog');
    box.setAttribute('aria-label', t('title', 'Cookies on this site'));
    for (const c of config.categories) {
      if (c.id === 'necessary') continue;
      const input = make('input');
      input.type = 'checkbox';
      input.setAttribute('role', 'switch');
      const label = make('label');
      label.append(input, ' ', c.label || c.id.charAt(0).toUpperCase() + c.id.slice(1));
      extra.append(label);
      switches.push([c.id, input]);
    }
    extra.append(
      button(t('save', 'Save preferences'), () => {
        const choice: Record<string, boolean> = Object.create(null);
        for (const [id, input] of switches) choice[id] = input.checked;
        done(choice, 'preferences');
      }),
    );
    extra.hidden = true;
    box.append(
      make('p', t('body', 'We use optional cookies only if you accept them. You can change your mind at any time.')),
      button(t('accept', 'Accept all'), () => done('all', 'banner')),
      button(t('reject', 'Reject all'), () => done('none', 'banner')),
      button(t('manage', 'Manage preferences'), reveal),
      extra,
    );
    shadowHost(doc, CSS, ctx.script?.nonce).append(box);
  };

  return {
    show: (preferences) =>
      whenBody(doc, () => {
        if (!box) build();
        box!.hidden = false;
        if (preferences) reveal();
      }),
  };
}
