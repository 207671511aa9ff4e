// The UI chunk's controller: owns the banner and which layer is up, renders it into the shadow
// root, and turns its buttons into choices the core records. The preferences dialog, the cookie
// declaration and the placeholders are another part (src/ui/prefs.tsx), fetched the first time
// one of them is needed, so a first visit downloads only the banner. State lives in this closure
// and each change re-renders: Preact without hooks stays small.
import { render } from 'preact';
import type { Choice, ConsentryContext } from '../boot/context';
import type { MountUi } from '../boot/ui-handle';
import type { BannerTexts } from '../shared/text-keys';
import type { ConsentMethod } from '../shared/types';
import { answerButtons, placeAnswers } from './answers';
import { Banner } from './banner';
import { COOKIE_TABLE, type PrefsHandle, type StartPrefs } from './prefs-handle';
import { safeUrl } from './safe-url';
import { css } from './styles';
import { withOverrides, type Wording } from './text';

/**
 * Where the preferences part comes from: the script tag fetches its file (src/ui/entry.ts), the
 * npm build and the tests hand it over at once, so their dialog opens in the same task as today.
 */
export type LoadPrefs = (ctx: ConsentryContext) => StartPrefs | Promise<StartPrefs>;

/** The UI in one shipped language; each chunk binds its own banner words and its own part. */
export const mountUiIn =
  (wording: Wording<BannerTexts>, loadPrefs: LoadPrefs): MountUi =>
  (ctx: ConsentryContext, shadowHost, whenBody) => {
    const { doc, config } = ctx;
    const { lang, text } = withOverrides(wording, config.text);
    const policyUrl = safeUrl(config.policyUrl, doc.baseURI);
    const modal = config.layout === 'modal';

    let root: ShadowRoot | HTMLElement | null = null;
    let container: HTMLElement | null = null;
    let banner = false;
    /** The preferences dialog is up: the banner hides under it. */
    let layer = false;

    const answers = answerButtons(doc, text, lang, {
      accept: () => choose('all', 'banner'),
      reject: () => choose('none', 'banner'),
      manage: (button) => showPreferences(button),
    });

    const update = () => {
      const first = !root;
      root ??= shadowHost(doc, css, ctx.script?.nonce);
      if (!container) {
        container = doc.createElement('div');
        container.className = 'r';
        root.appendChild(container);
      }
      const signal = ctx.signals().length > 0;
      render(<Banner text={text} lang={lang} policyUrl={policyUrl} signal={signal} modal={modal} hidden={!banner || layer} />, container);
      // After the first render: without shadow DOM, the slots they go into exist only now.
      if (first) placeAnswers(root, answers);
    };

    const choose = (choice: Choice, method: ConsentMethod) => {
      ctx.choose(choice, method);
      banner = ctx.needsChoice();
      layer = false;
      update();
    };

    const showBanner = () =>
      whenBody(doc, () => {
        banner = true;
        update();
        ctx.noteShownText([text.title, text.body, text.accept, text.reject, text.manage].join('\n'));
        // A blocking banner is a modal dialog: focus belongs inside it. A bar never steals focus.
        if (modal) container?.querySelector<HTMLElement>('.b')?.focus();
      });

    let part: PrefsHandle | undefined;
    let gone = false;
    let loading: Promise<StartPrefs> | undefined;
    const started = (start: StartPrefs) =>
      (part ??= start({
        ctx,
        lang,
        text,
        css,
        host: shadowHost,
        root: () => {
          update();
          return root as ShadowRoot | HTMLElement;
        },
        layer: (open) => {
          layer = open;
          update();
        },
        choose,
      }));

    /**
     * Runs `use` once the part is up. If it cannot be (a 404, a blocker), nothing optional is
     * released and the banner still answers: the console names the file, and the next call
     * fetches it again (a blocker switched off, a network back) rather than failing for good.
     */
    const withPrefs = (use: (prefs: PrefsHandle) => void, failed?: () => void) =>
      whenBody(doc, () => {
        // After stop(), a held frame found late, or a part that arrives late, starts nothing.
        if (gone) return;
        if (part) return use(part);
        const got = loading ?? loadPrefs(ctx);
        if (typeof got === 'function') return use(started(got));
        loading = got;
        got.then(
          (start) => gone || use(started(start)),
          (e: unknown) => {
            loading = undefined;
            ctx.log(
              `Consentry: the cookie preferences could not load (${(e as Error)?.message}); the banner still accepts and rejects. Serve the consentry-prefs files of dist/ next to consentry.js.`,
            );
            failed?.();
          },
        );
      });

    /** The opener is taken now, before the part may have to load: focus goes back to it later. */
    function showPreferences(from?: Element | null) {
      const opener = from ?? deepActive(doc);
      // A shopper who asked to change their choice can still make one with the banner.
      withPrefs((p) => p.showPreferences(opener), showBanner);
    }

    const fillCookieTables = () => withPrefs((p) => p.fillCookieTables());

    // Another tab, or the API, may answer while the banner is up: then it has nothing to ask.
    const stopDecisions = ctx.onDecisions(() => {
      if (banner && !ctx.needsChoice()) {
        banner = false;
        update();
      }
    });
    // A vendor registered later belongs in the declaration too.
    const stopVendors = ctx.onVendor(() => doc.querySelector(COOKIE_TABLE) && fillCookieTables());

    return {
      showBanner,
      showPreferences,
      fillCookieTables,
      placeholders: () => withPrefs((p) => p.placeholders()),
      stop: () => {
        gone = true;
        stopDecisions();
        stopVendors();
        part?.stop();
        // Off the page is enough: nothing rendered in it listens outside it.
        const r = root as (HTMLElement & { host?: Element }) | null;
        (r?.host ?? r)?.remove();
      },
    };
  };

/** The focused element, looking through open shadow roots (our own banner button, say). */
function deepActive(doc: Document): Element | null {
  let el = doc.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el;
}
