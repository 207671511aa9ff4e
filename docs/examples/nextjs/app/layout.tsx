/** @jsxImportSource react */
// The root layout: consentry.js is the first script in <head>, a plain synchronous <script src>
// (not next/script, which loads it after hydration, too late to hold the tags before it), and
// its configuration a JSON script before it, with `<` escaped so no string can end the element.
import type { ReactNode } from 'react';
import { consentConfig } from './consent-config';
import { Providers } from './providers';

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en-GB">
      <head>
        <script
          type="application/json"
          id="consentry-config"
          // biome-ignore lint/security/noDangerouslySetInnerHtml: JSON of the site's own config, with every < escaped, in a JSON script element
          dangerouslySetInnerHTML={{ __html: JSON.stringify(consentConfig).replace(/</g, '\\u003c') }}
        />
        <script src="/consentry/consentry.js" />
      </head>
      <body>
        <Providers>{children}</Providers>
      </body>
    </html>
  );
}
