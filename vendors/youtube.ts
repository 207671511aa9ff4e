// YouTube: video players embedded in the shop's pages.
// Facts from Google's own pages:
// - cookies (YSC, VISITOR_INFO1_LIVE, VISITOR_PRIVACY_METADATA, PREF):
//   https://policies.google.com/technologies/cookies
// - privacy-enhanced mode (www.youtube-nocookie.com), and what it still stores in the player's own
//   storage once the video plays: https://support.google.com/youtube/answer/171780
// - the player's hosts (youtube.com, youtube-nocookie.com, the ytimg.com image and player hosts,
//   googlevideo.com video streams) as YouTube's network page lists them:
//   https://support.google.com/a/answer/6214622
// Marketing, not preferences: the cookies the player writes serve Google's recommendations and
// advertising across sites, not only the video the shopper asked for. A site can override it.
// Its cookies are all on YouTube's own domains (third-party from the shop): listed, never deletable.
// The player's own storage (`frameStorage`, in the words): localStorage, sessionStorage and
// IndexedDB of www.youtube.com / www.youtube-nocookie.com inside the iframe, which the shop can
// neither read nor delete, so it is declared and never gated or cleaned. Names and lifetimes from:
// - the player script itself (www-embed-player.js / base.js, as public copies of it read): it
//   writes yt-remote-device-id for 31536E3 s (1 year) and yt-remote-connected-devices for 86400 s
//   (1 day), and opens the IndexedDB databases YtIdbMeta and LogsDatabaseV2:<id>
// - public scans of sites embedding it: CookieYes declarations (ytidb::LAST_RESULT_ENTRY_KEY,
//   yt-remote-*, yt.innertube::*, "never expires"), e.g. https://lancashirewomen.org/?p=8935;
//   the City of Helsinki's WordPress cookie list (helfi cookie consent: yt-player, yt-remote,
//   ytidb::LAST_RESULT_ENTRY_KEY, YtIdbMeta, LogsDatabaseV2); a Laravel consent seeder's scan of
//   www.youtube.com (local yt-player-headers-readable, yt-player-bandwidth, yt-player-volume,
//   yt-player-quality; session yt-remote-session-app, -session-name, -cast-available,
//   -cast-installed, -fast-check-period), whose yt-player-* values carry a 30-day expiration
// - privacy-enhanced mode still writes a device id to localStorage before play:
//   https://support.google.com/youtube/answer/171780 and https://www.freewsad.com/p/youtube-no-rdkkh
import type { Vendor, VendorRules, VendorWords } from '../src/shared/types';
import { whole } from './whole';

export const youtubeRules: VendorRules = {
  id: 'youtube',
  name: 'YouTube',
  category: 'marketing',
  hosts: ['youtube.com', 'youtube-nocookie.com', 'ytimg.com', 'googlevideo.com', 'youtu.be'],
  cookies: [
    { name: 'YSC', party: 'third' },
    { name: 'VISITOR_INFO1_LIVE', party: 'third' },
    { name: 'VISITOR_PRIVACY_METADATA', party: 'third' },
    { name: 'PREF', party: 'third' },
  ],
  leavesUkEea: true,
  embed: 'video',
};

export const youtubeWords: VendorWords = {
  company: 'Google',
  purpose: 'Plays videos from YouTube in our pages; Google learns you watched them.',
  policyUrl: 'https://policies.google.com/technologies/cookies',
  cookies: {
    YSC: { lifetime: 'session', purpose: 'Counts the videos you watch.' },
    VISITOR_INFO1_LIVE: { lifetime: '6 months', purpose: 'Estimates your connection and suggests videos.' },
    VISITOR_PRIVACY_METADATA: { lifetime: '6 months', purpose: 'Keeps your cookie choice on YouTube.' },
    PREF: { lifetime: '8 months', purpose: 'Keeps your player settings.' },
  },
  frameStorage: [
    { name: 'yt-remote-device-id', store: 'local', lifetime: '1 year', purpose: 'Gives this browser an ID for playing videos on a TV.' },
    { name: 'yt-remote-connected-devices', store: 'local', lifetime: '1 day', purpose: 'Lists the TVs this browser played videos on.' },
    { name: 'yt-player-*', store: 'local', lifetime: '30 days', purpose: 'Keeps your player settings and connection speed.' },
    { name: 'ytidb::LAST_RESULT_ENTRY_KEY', store: 'local', lifetime: 'until you clear it', purpose: "Keeps the player's own records." },
    { name: 'yt.innertube::*', store: 'local', lifetime: 'until you clear it', purpose: 'Queues what the player sends to YouTube.' },
    { name: 'yt-remote-*', store: 'session', lifetime: 'session', purpose: 'Keeps the state of playing on a TV.' },
    { name: 'YtIdbMeta', store: 'indexedDB', lifetime: 'until you clear it', purpose: "Lists the player's own databases." },
    {
      name: 'LogsDatabaseV2:*',
      store: 'indexedDB',
      lifetime: 'until you clear it',
      purpose: 'Queues usage logs before they are sent to YouTube.',
    },
  ],
};

export const youtube: Vendor = /* @__PURE__ */ whole(youtubeRules, youtubeWords);
