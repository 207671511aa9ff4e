// Vimeo: video players embedded in the shop's pages.
// Facts from Vimeo's own pages:
// - cookies (vuid, and Cloudflare's __cf_bm on the player): https://vimeo.com/cookie_policy
// - the player (player.vimeo.com), its assets (vimeocdn.com) and `dnt=1`, which turns the
//   player's tracking off: https://help.vimeo.com/hc/en-us/articles/12426260232977
// Analytics: vuid, the cookie that outlives the visit, measures who watched what. A site that
// embeds with `dnt=1` may file Vimeo under preferences instead (an override).
// Its cookies are on vimeo.com (third-party from the shop): listed, never deletable.
import type { Vendor } from '../src/shared/types';

export const vimeo: Vendor = {
  id: 'vimeo',
  name: 'Vimeo',
  company: 'Vimeo',
  category: 'analytics',
  purpose: 'Plays videos from Vimeo in our pages; Vimeo counts who watched them.',
  hosts: ['vimeo.com', 'vimeocdn.com'],
  cookies: [
    { name: 'vuid', party: 'third', lifetime: '2 years', purpose: 'Tells viewers apart to count views.' },
    { name: '__cf_bm', party: 'third', lifetime: '30 minutes', purpose: 'Tells people from bots.' },
  ],
  policyUrl: 'https://vimeo.com/cookie_policy',
  leavesUkEea: true,
  embed: 'video',
};
