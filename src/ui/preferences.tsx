// The second layer: one switch per category, one per vendor with its details, and the same
// accept / reject buttons as the first layer next to "Save preferences", with the same hooks.
import type { CategoryView, Draft } from './model';
import type { Texts } from './text';
import type { CatalogWords } from './translate';
import { modalKeys } from './focus-trap';
import { Switch } from './switch';
import { VendorDetails } from './vendor-details';

export interface PreferencesProps {
  readonly text: Texts;
  readonly lang: string;
  readonly base: string;
  readonly categories: readonly CategoryView[];
  /** The catalog's words in this language, for each vendor's embed storage (cookie-table.tsx). */
  readonly words?: CatalogWords;
  readonly draft: Draft;
  readonly signal: boolean;
  readonly onToggle: (id: string, on: boolean) => void;
  readonly onAccept: () => void;
  readonly onReject: () => void;
  readonly onSave: () => void;
  readonly onClose: () => void;
  /** Offers the shopper's consent record as a file; no button without it (nothing chosen yet). */
  readonly onDownload?: () => void;
}

export function Preferences(p: PreferencesProps) {
  const { text, draft } = p;
  return (
    // Pressing on the backdrop must not move focus out of the dialog onto the page.
    // biome-ignore lint/a11y/noStaticElementInteractions: the backdrop only keeps a mouse press from taking focus out of the dialog; it does nothing a keyboard needs
    <div class="bd" onMouseDown={(e) => e.target === e.currentTarget && e.preventDefault()}>
      <div
        role="dialog"
        aria-modal="true"
        aria-labelledby="cy-prefs"
        class="d"
        data-consentry-layer="preferences"
        lang={p.lang}
        tabIndex={-1}
        onKeyDown={(e) => modalKeys(e, p.onClose)}
      >
        <div class="h">
          <h2 id="cy-prefs">{text.dialog}</h2>
          <button type="button" class="x" data-consentry-action="close" onClick={p.onClose}>
            {text.close}
          </button>
        </div>
        <div class="s">
          <p>{text.intro}</p>
          {p.signal && <p class="sg">{text.signal}</p>}
          {p.categories.map((c) => (
            <section key={c.id} class="c">
              <Switch
                label={c.label}
                checked={c.locked || draft[c.id] === true}
                disabled={c.locked}
                describedBy={`cy-d-${c.id}`}
                onChange={(on) => p.onToggle(c.id, on)}
              />
              <p id={`cy-d-${c.id}`}>{c.description}</p>
              {c.vendors.length > 0 && (
                <ul class="v">
                  {c.vendors.map((v) => (
                    <li key={v.id}>
                      <Switch
                        label={v.name}
                        checked={c.locked || draft[v.id] === true}
                        disabled={c.locked}
                        onChange={(on) => p.onToggle(v.id, on)}
                      />
                      <VendorDetails vendor={v} text={text} base={p.base} words={p.words} />
                    </li>
                  ))}
                </ul>
              )}
            </section>
          ))}
          {p.onDownload && (
            <p>
              <button type="button" class="x" onClick={p.onDownload}>
                {text.download}
              </button>
            </p>
          )}
        </div>
        <div class="a">
          <button type="button" data-consentry-action="accept" onClick={p.onAccept}>
            {text.accept}
          </button>
          <button type="button" data-consentry-action="reject" onClick={p.onReject}>
            {text.reject}
          </button>
          <button type="button" data-consentry-action="save" onClick={p.onSave}>
            {text.save}
          </button>
        </div>
      </div>
    </div>
  );
}
