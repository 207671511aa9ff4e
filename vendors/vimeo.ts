// Vimeo: video players embedded in the shop's pages.
// Facts from Vimeo's own pages:
// - cookies (vuid, and Cloudflare's __cf_bm on the player): https://vimeo.com/cookie_policy
// - the player (player.vimeo.com), its assets (vimeocdn.com) and `dnt=1`, which turns the
//   player's tracking off: https://help.vimeo.com/hc/en-us/articles/12426260232977
// Analytics: vuid, the cookie that outlives the visit, measures who watched what. A site that
// embeds with `dnt=1` may file Vimeo under preferences instead (an override).
// Its cookies are on vimeo.com (third-party from the shop): listed, never deletable.
// No storage on player.vimeo.com is declared (`frameStorage`): Vimeo's embed cookie table
// (https://help.vimeo.com/hc/en-us/articles/26080940921361) lists cookies only, and no public
// cookie database or scan searched (the Open Cookie Database lists vuid, Player,
// continuous_play_v3, sd_identity, sd_client_id, all cookies) names a localStorage, sessionStorage
// or IndexedDB key of the player. Add one here, with its source, once a scan shows it.
import type { Vendor, VendorRules, VendorWords } from '../src/shared/types';
import { whole } from './whole';

export const vimeoRules: VendorRules = {
  id: 'vimeo',
  name: 'Vimeo',
  category: 'analytics',
  hosts: ['vimeo.com', 'vimeocdn.com'],
  cookies: [
    { name: 'vuid', party: 'third' },
    { name: '__cf_bm', party: 'third' },
  ],
  leavesUkEea: true,
  embed: 'video',
};

export const vimeoWords: VendorWords = {
  company: 'Vimeo',
  purpose: 'Plays videos from Vimeo in our pages; Vimeo counts who watched them.',
  policyUrl: 'https://vimeo.com/cookie_policy',
  cookies: {
    vuid: { lifetime: '2 years', purpose: 'Tells viewers apart to count views.' },
    __cf_bm: { lifetime: '30 minutes', purpose: 'Tells people from bots.' },
  },
};

export const vimeo: Vendor = /* @__PURE__ */ whole(vimeoRules, vimeoWords);
