/** @jsxImportSource react */
// A server component: the held video is plain markup, so it is in the HTML the server sends and
// consentry.js gives it a click-to-load placeholder; the note is a client component.
import { AnalyticsNote } from './analytics-note';

export default function Page() {
  return (
    <main>
      <h1>Cameras</h1>
      <iframe
        title="Camera review"
        width={560}
        height={315}
        data-consentry="youtube"
        data-src="https://www.youtube-nocookie.com/embed/VIDEO_ID"
      />
      <AnalyticsNote />
      {/* biome-ignore lint/a11y/useValidAnchor: the README's "Cookie settings" link, whose click Consentry takes over */}
      <a href="#" data-consentry-open>
        Cookie settings
      </a>
    </main>
  );
}
