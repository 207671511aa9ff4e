/** @jsxImportSource react */
// A server component. The video is a WhenAllowed whose fallback is an EmbedPlaceholder: in the
// HTML the server sends, consentry.js gives it a click-to-load placeholder, and React hydrates it
// even when that box was drawn first. The player is fetched once, after the shopper allows YouTube.
// The note is a client component.
import { EmbedPlaceholder, WhenAllowed } from 'consentry/react';
import { AnalyticsNote } from './analytics-note';

export default function Page() {
  return (
    <main>
      <h1>Cameras</h1>
      <WhenAllowed id="youtube" fallback={<EmbedPlaceholder vendor="youtube" title="Camera review" width={560} height={315} />}>
        <iframe title="Camera review" width={560} height={315} src="https://www.youtube-nocookie.com/embed/VIDEO_ID" />
      </WhenAllowed>
      <AnalyticsNote />
      {/* biome-ignore lint/a11y/useValidAnchor: the README's "Cookie settings" link, whose click Consentry takes over */}
      <a href="#" data-consentry-open>
        Cookie settings
      </a>
    </main>
  );
}
