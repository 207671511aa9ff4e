// What the shopper should know before switching a vendor on: who, why, which cookies, where
// the data goes. Collapsed by default so the dialog stays short.
import { cookiePattern } from '../shared/patterns';
import { frameRows } from './cookie-table';
import type { ConfiguredVendor } from '../shared/types';
import { fill, type Texts } from './text';
import { safeUrl } from './safe-url';
import type { CatalogWords } from './translate';

export function VendorDetails({
  vendor,
  text,
  base,
  words,
}: {
  vendor: ConfiguredVendor;
  text: Texts;
  base: string;
  words?: CatalogWords;
}) {
  const policy = safeUrl(vendor.policyUrl, base);
  // Its embed's storage on its own origin is listed with the cookies: the shopper asked what it keeps.
  const kept = [
    ...vendor.cookies.map((c) => ({ name: cookiePattern(c), lifetime: c.lifetime, purpose: c.purpose })),
    ...frameRows(vendor, words),
  ];
  return (
    <details>
      <summary>{fill(text.details, { name: vendor.name })}</summary>
      <dl>
        <dt>{text.company}</dt>
        <dd>{vendor.company}</dd>
        <dt>{text.purpose}</dt>
        <dd>{vendor.purpose}</dd>
        <dt>{text.cookies}</dt>
        <dd>
          {kept.length ? (
            <ul>
              {kept.map((c) => (
                <li key={c.name}>
                  <code>{c.name}</code> ({c.lifetime}): {c.purpose}
                </li>
              ))}
            </ul>
          ) : (
            text.none
          )}
        </dd>
        <dt>{text.transfer}</dt>
        <dd>{vendor.leavesUkEea ? text.yes : text.no}</dd>
        {policy && <dt>{text.privacy}</dt>}
        {policy && (
          <dd>
            <a href={policy} target="_blank" rel="noopener noreferrer">
              {policy}
            </a>
          </dd>
        )}
      </dl>
    </details>
  );
}

/** A prefix rule (`_hj` for `_hjSession_123`) reads as `_hj*`. */
