// The UI chunk's controller: owns which layer is open and where focus goes, renders the
// components into the shadow root, and turns every button into a choice the core records.
// State lives in this closure and each change re-renders: Preact without hooks stays small.
import { render } from 'preact';
import type { Choice, ConsentryContext } from '../boot/context';
import type { ConsentMethod } from '../shared/types';
import { answerButtons, placeAnswers } from './answers';
import { Banner } from './banner';
import { CookieTable } from './cookie-table';
import { downloadJson } from './download';
import type { MountUi } from '../boot/ui-handle';
import { categoryViews, choicesFrom, currentDraft, toggle, type CategoryView, type Draft } from './model';
import { startPlaceholders } from './placeholder';
import { Preferences } from './preferences';
import { safeUrl } from './safe-url';
import { css } from './styles';
import { fill, withOverrides, type Wording } from './text';

export const COOKIE_TABLE = '[data-consentry-cookie-table]';

/** The UI in one shipped language; each chunk binds its own table. */
export const mountUiIn =
  (wording: Wording): MountUi =>
  (ctx: ConsentryContext, shadowHost, whenBody) => {
    const { doc, config } = ctx;
    const { lang, text } = withOverrides(wording, config.text);
    const words = wording.catalog;
    const base = doc.baseURI;
    const policyUrl = safeUrl(config.policyUrl, base);
    const modal = config.layout === 'modal';

    let container: HTMLElement | null = null;
    let banner = false;
    let prefs = false;
    let categories: CategoryView[] = [];
    let draft: Draft = {};
    let opener: Element | null = null;

    const views = () => categoryViews(ctx, text);

    const answers = answerButtons(doc, text, lang, {
      accept: () => choose('all', 'banner'),
      reject: () => choose('none', 'banner'),
      manage: (button) => showPreferences(button),
    });

    const update = () => {
      let root: ShadowRoot | HTMLElement | null = null;
      if (!container) {
        root = shadowHost(doc, css, ctx.script?.nonce);
        container = doc.createElement('div');
        container.className = 'r';
        root.appendChild(container);
      }
      const signal = ctx.signals().length > 0;
      render(
        <>
          <Banner text={text} lang={lang} policyUrl={policyUrl} signal={signal} modal={modal} hidden={!banner || prefs} />
          {prefs && (
            <Preferences
              text={text}
              lang={lang}
              base={base}
              categories={categories}
              words={words}
              draft={draft}
              signal={signal}
              onToggle={(id, on) => {
                draft = toggle(draft, categories, id, on);
                update();
              }}
              onAccept={() => choose('all', 'preferences')}
              onReject={() => choose('none', 'preferences')}
              onSave={() => choose(choicesFrom(draft, categories), 'preferences')}
              onClose={closePreferences}
              onDownload={ctx.api.exportConsent && ctx.record() ? download : undefined}
            />
          )}
        </>,
        container,
      );
      // After the first render: without shadow DOM, the slots they go into exist only now.
      if (root) placeAnswers(root, answers);
    };

    /** The dialog itself takes focus, so a screen reader announces its name before any control. */
    const focusDialog = (selector: string) => container?.querySelector<HTMLElement>(selector)?.focus();

    /** Focus goes back where it came from, if that is still on the page and visible. */
    const restoreFocus = () => {
      const el = opener as HTMLElement | null;
      opener = null;
      if (el?.isConnected && !el.closest('[hidden]')) el.focus();
    };

    const download = () => {
      const receipt = ctx.api.exportConsent?.();
      if (receipt && container) downloadJson(doc, container, `consent-record-${receipt.recordId}.json`, receipt);
    };

    const closePreferences = () => {
      prefs = false;
      update();
      restoreFocus();
    };

    const choose = (choice: Choice, method: ConsentMethod) => {
      ctx.choose(choice, method);
      banner = ctx.needsChoice();
      prefs = false;
      update();
      restoreFocus();
    };

    const showBanner = () =>
      whenBody(doc, () => {
        banner = true;
        update();
        ctx.noteShownText([text.title, text.body, text.accept, text.reject, text.manage].join('\n'));
        // A blocking banner is a modal dialog: focus belongs inside it. A bar never steals focus.
        if (modal) focusDialog('.b');
      });

    function showPreferences(from?: Element | null) {
      whenBody(doc, () => {
        opener = from ?? deepActive(doc);
        categories = views();
        draft = currentDraft(categories, ctx.isAllowed);
        prefs = true;
        update();
        focusDialog('.d');
      });
    }

    const fillCookieTables = () =>
      whenBody(doc, () => {
        const own = {
          name: config.cookie.name,
          provider: text.site,
          purpose: text.consent,
          lifetime: fill(text.days, { n: config.consentDays }),
          party: 'first' as const,
        };
        const tables = views();
        doc
          .querySelectorAll(COOKIE_TABLE)
          .forEach((el) => render(<CookieTable text={text} lang={lang} categories={tables} own={own} words={words} />, el));
      });

    // Another tab, or the API, may answer while the banner is up: then it has nothing to ask.
    ctx.onDecisions(() => {
      if (banner && !ctx.needsChoice()) {
        banner = false;
        update();
      }
    });
    // A vendor registered later belongs in the declaration too.
    ctx.onVendor(() => doc.querySelector(COOKIE_TABLE) && fillCookieTables());

    let placeholdersOn = false;
    const placeholders = () =>
      whenBody(doc, () => {
        if (placeholdersOn) return;
        placeholdersOn = true;
        startPlaceholders(ctx, shadowHost, text, lang, showPreferences);
      });

    return { showBanner, showPreferences, fillCookieTables, placeholders };
  };

/** The focused element, looking through open shadow roots (our own banner button, say). */
function deepActive(doc: Document): Element | null {
  let el = doc.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el;
}
