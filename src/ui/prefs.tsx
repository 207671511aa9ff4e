// The preferences part's controller: the dialog (which switch is where, where focus goes), the
// cookie declaration and the click-to-load placeholders. The banner chunk fetches this part the
// first time one of them is needed and starts it with what they share (src/ui/prefs-handle.ts):
// the banner's root, CSS and words, and the way a choice updates the banner.
import { render } from 'preact';
import type { Choice } from '../boot/context';
import type { PrefsTexts } from '../shared/text-keys';
import type { ConsentMethod } from '../shared/types';
import { CookieTable } from './cookie-table';
import { downloadJson } from './download';
import { categoryViews, choicesFrom, currentDraft, toggle, type CategoryView, type Draft } from './model';
import { startPlaceholders } from './placeholder';
import { Preferences } from './preferences';
import { COOKIE_TABLE, type PrefsEnv, type PrefsHandle, type StartPrefs } from './prefs-handle';
import { embedCss, prefsCss } from './styles';
import { fill, withOverrides } from './text';
import type { CatalogWords } from './translate';

/**
 * The part in one shipped language: its own words, with the banner's it is handed, and the
 * catalog's words for what the vendors do not carry (their embeds' storage on their own origin).
 */
export const startPrefsIn =
  (own: PrefsTexts, words?: CatalogWords): StartPrefs =>
  (env: PrefsEnv): PrefsHandle => {
    const { ctx } = env;
    const { doc, config } = ctx;
    const { lang, text } = withOverrides({ lang: env.lang, text: { ...env.text, ...own } }, config.text);
    const base = doc.baseURI;

    let container: HTMLElement | null = null;
    let open = false;
    let categories: CategoryView[] = [];
    let draft: Draft = {};
    let opener: Element | null = null;

    const views = () => categoryViews(ctx, text);

    const update = () => {
      if (!container) {
        const root = env.root();
        addCss(root, prefsCss, ctx.script?.nonce);
        container = doc.createElement('div');
        container.className = 'r';
        root.appendChild(container);
      }
      render(
        open && (
          <Preferences
            text={text}
            lang={lang}
            base={base}
            categories={categories}
            words={words}
            draft={draft}
            signal={ctx.signals().length > 0}
            onToggle={(id, on) => {
              draft = toggle(draft, categories, id, on);
              update();
            }}
            onAccept={() => choose('all')}
            onReject={() => choose('none')}
            onSave={() => choose(choicesFrom(draft, categories))}
            onClose={() => close(() => env.layer(false))}
            onDownload={ctx.api.exportConsent && ctx.record() ? download : undefined}
          />
        ),
        container,
      );
    };

    /** Focus goes back where it came from, if that is still on the page and visible. */
    const close = (then: () => void) => {
      open = false;
      update();
      then();
      const el = opener as HTMLElement | null;
      opener = null;
      if (el?.isConnected && !el.closest('[hidden]')) el.focus();
    };
    const choose = (choice: Choice, method: ConsentMethod = 'preferences') => close(() => env.choose(choice, method));

    const download = () => {
      const receipt = ctx.api.exportConsent?.();
      if (receipt && container) downloadJson(doc, container, `consent-record-${receipt.recordId}.json`, receipt);
    };

    const showPreferences = (from: Element | null) => {
      opener = from;
      categories = views();
      draft = currentDraft(categories, ctx.isAllowed);
      open = true;
      update();
      env.layer(true);
      // The dialog itself takes focus, so a screen reader announces its name before any control.
      container?.querySelector<HTMLElement>('.d')?.focus();
    };

    const fillCookieTables = () => {
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
    };

    let stopPlaceholders: (() => void) | undefined;
    const placeholders = () => {
      if (stopPlaceholders) return;
      // Set first: a start that throws (no ResizeObserver) is not tried again for every held frame.
      stopPlaceholders = () => {};
      stopPlaceholders = startPlaceholders(ctx, env.host, embedCss(env.css), text, lang, showPreferences);
    };

    return { showPreferences, fillCookieTables, placeholders, stop: () => stopPlaceholders?.() };
  };

/**
 * The dialog's rules join the banner's in the same root: a second constructable sheet, or a
 * <style> with the boot's nonce where those are missing. Without shadow DOM the UI is unstyled.
 */
function addCss(root: ShadowRoot | HTMLElement, css: string, nonce: string | undefined): void {
  if (root.nodeType !== Node.DOCUMENT_FRAGMENT_NODE) return;
  const shadow = root as ShadowRoot;
  try {
    const sheet = new (root.ownerDocument.defaultView as Window & typeof globalThis).CSSStyleSheet();
    sheet.replaceSync(css);
    shadow.adoptedStyleSheets = [...shadow.adoptedStyleSheets, sheet];
  } catch {
    const style = root.ownerDocument.createElement('style');
    if (nonce) style.nonce = nonce;
    style.textContent = css;
    shadow.appendChild(style);
  }
}
