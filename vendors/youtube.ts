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
};

export const youtube: Vendor = /* @__PURE__ */ whole(youtubeRules, youtubeWords);
