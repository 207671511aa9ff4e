// Click-to-load placeholders: a held `<iframe data-consentry="VENDOR" data-src>` that a shopper
// can see gets a box over it that says whose embed it is, what loading it means, and a button
// that allows that vendor alone. The box is laid over the iframe, never in its place: the page's
// nodes are not moved, replaced or resized, so loading the embed shifts nothing (CLS 0) and a
// framework that owns the iframe finds it where it left it. The boot only notices that a marked
// iframe exists; everything here arrives with the preferences part, after first paint.
import { render } from 'preact';
import type { ConsentryContext } from '../boot/context';
import type { shadowHost } from '../boot/shadow-host';
import type { EmbedKind, ConfiguredVendor } from '../shared/types';
import { fill, type Texts } from './text';

/** Smaller than this a box cannot hold a button: a tracking pixel frame (1×1) gets nothing. */
export const MIN_PLACEHOLDER_PX = 50;

const HELD = 'iframe[data-consentry]';

interface PlaceholderProps {
  readonly text: Texts;
  readonly lang: string;
  readonly vendor: ConfiguredVendor;
  onLoad(): void;
  onManage(opener: Element): void;
}

const LOAD_LABEL: Record<EmbedKind, 'embed.video' | 'embed.map' | 'embed.content'> = {
  video: 'embed.video',
  map: 'embed.map',
  content: 'embed.content',
};

export function Placeholder({ text, lang, vendor, onLoad, onManage }: PlaceholderProps) {
  return (
    // biome-ignore lint/a11y/useSemanticElements: a fieldset brings the host page's fieldset and legend styles into the box; role=group names it alike
    <div class="r p" lang={lang} role="group" aria-label={vendor.name}>
      <p class="pn">{vendor.name}</p>
      <p>
        {vendor.purpose} {fill(text['embed.cookies'], { name: vendor.name })}
      </p>
      <button type="button" onClick={onLoad}>
        {text[LOAD_LABEL[vendor.embed ?? 'content']]}
      </button>
      {/* A button, not a link: it opens a dialog on this page and goes nowhere. */}
      <button type="button" class="l" onClick={(e) => onManage(e.currentTarget as Element)}>
        {text.manage}
      </button>
    </div>
  );
}

interface Shown {
  readonly host: Element;
  readonly box: HTMLElement;
}

/**
 * Draws and keeps up to date a placeholder for every held embed that needs one, until each
 * vendor is allowed. Returns the teardown.
 */
export function startPlaceholders(
  ctx: ConsentryContext,
  host: typeof shadowHost,
  /** The box's CSS (styles.ts `embedCss`, built from the banner's). */
  css: string,
  text: Texts,
  lang: string,
  showPreferences: (opener: Element) => void,
): () => void {
  const { doc } = ctx;
  if (ctx.config.placeholders === false) return () => {};
  const win = doc.defaultView as Window & typeof globalThis;
  const shown = new Map<HTMLIFrameElement, Shown>();

  const vendorOf = (f: Element) => {
    const id = f.getAttribute('data-consentry');
    // A category label ("marketing") names no one vendor to allow, so it gets no button.
    return ctx.vendors().find((v) => v.id === id && v.category !== 'necessary');
  };

  /** Held, visible to the shopper, big enough for the box, and not opted out. */
  const needs = (f: HTMLIFrameElement, v: ConfiguredVendor | undefined): v is ConfiguredVendor =>
    !!v &&
    !ctx.isAllowed(v.id) &&
    f.isConnected &&
    f.hasAttribute('data-src') &&
    !f.hasAttribute('src') &&
    f.getAttribute('data-consentry-placeholder') !== 'off' &&
    f.offsetWidth >= MIN_PLACEHOLDER_PX &&
    f.offsetHeight >= MIN_PLACEHOLDER_PX &&
    (f.checkVisibility?.({ visibilityProperty: true, opacityProperty: true }) ?? true);

  /** The box takes the iframe's border box, wherever the host's own static position put it. */
  const place = (f: HTMLIFrameElement, { box }: Shown) => {
    box.style.width = `${f.offsetWidth}px`;
    box.style.height = `${f.offsetHeight}px`;
    box.style.margin = '0';
    const want = f.getBoundingClientRect();
    const got = box.getBoundingClientRect();
    box.style.margin = `${want.top - got.top}px 0 0 ${want.left - got.left}px`;
  };

  const remove = (f: HTMLIFrameElement, s: Shown) => {
    shown.delete(f);
    const hadFocus = doc.activeElement === s.host;
    render(null, s.box);
    s.host.remove();
    // The shopper's focus was on "Load video": it goes to the video, not back to the page's top.
    if (hadFocus) f.focus();
  };

  const draw = (f: HTMLIFrameElement, vendor: ConfiguredVendor) => {
    // The boot's helper: the same sealed, styled root as the banner's (unstyled without shadow DOM).
    const root = host(doc, css, ctx.script?.nonce);
    const box = doc.createElement('div');
    root.appendChild(box);
    const s = { host: (root as ShadowRoot).host ?? root, box };
    render(
      <Placeholder
        text={text}
        lang={lang}
        vendor={vendor}
        onLoad={() => ctx.choose({ [vendor.id]: true }, 'placeholder')}
        onManage={showPreferences}
      />,
      box,
    );
    // Before the iframe, not inside or around it: nothing the page owns moves.
    f.before(s.host);
    shown.set(f, s);
    place(f, s);
  };

  const sizes = new win.ResizeObserver(() => scan());
  const watched = new WeakSet<Element>();

  function scan() {
    for (const [f, s] of shown) if (!needs(f, vendorOf(f))) remove(f, s);
    doc.querySelectorAll<HTMLIFrameElement>(HELD).forEach((f) => {
      // Watched whether or not it needs a box now: a frame in a closed tab gets one when it opens.
      if (!watched.has(f)) {
        watched.add(f);
        sizes.observe(f);
      }
      const s = shown.get(f);
      const v = vendorOf(f);
      if (s) place(f, s);
      else if (needs(f, v)) draw(f, v);
    });
  }

  let queued = 0;
  const soon = () =>
    (queued ||= win.requestAnimationFrame(() => {
      queued = 0;
      scan();
    }));
  // Embeds a single-page app adds later, and ones the page moves, are seen on the next frame.
  const added = new win.MutationObserver(soon);
  added.observe(doc.body, { childList: true, subtree: true });
  win.addEventListener('resize', soon);
  const stopDecisions = ctx.onDecisions(scan);
  scan();
  return () => {
    // A scan already queued for the next frame would draw the boxes again.
    win.cancelAnimationFrame(queued);
    stopDecisions();
    added.disconnect();
    sizes.disconnect();
    win.removeEventListener('resize', soon);
    for (const [f, s] of shown) remove(f, s);
  };
}
