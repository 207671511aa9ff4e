// Hungarian: the UI, the catalog's words and the cookie declaration's headings. Not yet reviewed by a native speaker.
import type { BannerTexts, PrefsPack, SameAsEnglish } from './pack';

/** Read by the docs and tests only; no shipped file carries it. */
export const reviewed = false;

/** The banner's words: all the UI chunk carries of this language. */
export const banner: BannerTexts = {
  title: 'Sütik ezen a webhelyen',
  body: 'A beállításokhoz, elemzéshez és marketinghez használt, nem kötelező sütiket csak akkor alkalmazzuk, ha elfogadja őket. Döntését bármikor megváltoztathatja.',
  policy: 'Sütiszabályzat',
  accept: 'Összes elfogadása',
  reject: 'Összes elutasítása',
  manage: 'Beállítások kezelése',
  signal: 'Tiszteletben tartjuk böngészője adatvédelmi jelzését.',
};

/** The rest: the preferences, the cookie declaration, the placeholders, the catalog's words (the preferences part). */
export const prefs: PrefsPack = {
  text: {
    save: 'Beállítások mentése',
    close: 'Bezárás',
    dialog: 'Sütibeállítások',
    intro:
      'Válassza ki, mely nem kötelező sütiket használhatjuk. A szükséges sütik a webhely működését biztosítják, és nem kapcsolhatók ki.',
    'cat.necessary': 'Szükséges',
    'cat.necessary.text': 'A webhely működéséhez kellenek, például a kosarához és ehhez a döntéshez.',
    'cat.preferences': 'Beállítások',
    'cat.preferences.text': 'Megjegyzik a beállításokat, például a nemrég megtekintett termékeket.',
    'cat.analytics': 'Elemzés',
    'cat.analytics.text': 'Segítenek megérteni, hogyan használják a webhelyet, hogy fejleszthessük.',
    'cat.marketing': 'Marketing',
    'cat.marketing.text': 'Releváns ajánlatokat mutatnak, és mérik hirdetéseinket.',
    details: 'Névjegy: {name}',
    company: 'Vállalat',
    purpose: 'Cél',
    cookies: 'Sütik',
    privacy: 'Adatvédelmi szabályzat',
    transfer: 'Az adatok elhagyják az Egyesült Királyságot/EGT-t',
    yes: 'Igen',
    no: 'Nem',
    cookie: 'Süti',
    provider: 'Szolgáltató',
    lifetime: 'Élettartam',
    party: 'Beállítja',
    first: 'Saját (első fél)',
    third: 'Harmadik fél',
    site: 'Ez a webhely',
    consent: 'Megjegyzi a sütikkel kapcsolatos döntéseit.',
    days: '{n} nap',
    none: 'Nincsenek sütik.',
    download: 'Hozzájárulási nyilvántartásom letöltése',
    'embed.cookies': 'Betöltésekor a(z) {name} sütiket helyezhet el.',
    'embed.video': 'Videó betöltése',
    'embed.map': 'Térkép betöltése',
    'embed.content': 'Tartalom betöltése',
  },
  catalog: {
    'Shows you our adverts on other sites and tells us which adverts led to a purchase.':
      'Megjeleníti hirdetéseinket más webhelyeken, és megmondja, mely hirdetések vezettek vásárláshoz.',
    'Shows offers that suit you and reminds you by e-mail of what you left in your basket.':
      'Önnek való ajánlatokat mutat, és e-mailben emlékezteti arra, mit hagyott a kosarában.',
    'Counts visits and shows us, in totals, how the shop is used.':
      'Megszámolja a látogatásokat, és összesítve megmutatja, hogyan használják a boltot.',
    'Records clicks and scrolling so we can see which pages confuse people.':
      'Rögzíti a kattintásokat és a görgetést, hogy lássuk, mely oldalak zavarják össze a látogatókat.',
    'Shows us which features of the shop and app are used, so we can improve them.':
      'Megmutatja, a bolt és az alkalmazás mely funkcióit használják, hogy fejleszthessük őket.',
    'Tells partner sites that sent you here that you bought something, so they are paid.':
      'Közli az Önt ide küldő partneroldalakkal, hogy vásárolt valamit, hogy megkapják a díjukat.',
    'Links an ad click to a purchase.': 'Összekapcsolja a hirdetésre kattintást a vásárlással.',
    'Counts ad views.': 'Megszámolja a hirdetésmegjelenítéseket.',
    'Chooses adverts for you.': 'Hirdetéseket választ Önnek.',
    'Checks cookies work.': 'Ellenőrzi, hogy a sütik működnek-e.',
    'Tells visitors apart.': 'Megkülönbözteti a látogatókat.',
    'Keeps the visit going.': 'Fenntartja a látogatást.',
    'Keeps the visit and survey state.': 'Megőrzi a látogatás és a kérdőív állapotát.',
    'Remembers which partner sent you.': 'Megjegyzi, melyik partner küldte Önt.',
    '90 days': '90 nap',
    '13 months': '13 hónap',
    '2 weeks': '2 hét',
    '15 minutes': '15 perc',
    '2 years': '2 év',
    'session to 2 years': 'a munkamenettől 2 évig',
    '1 year': '1 év',
    '30 minutes to 1 year': '30 perctől 1 évig',
    '30 days': '30 nap',
    // YouTube's player storage in its own iframe (vendors/youtube.ts, frameStorage)
    'Gives this browser an ID for playing videos on a TV.': 'Azonosítót ad ennek a böngészőnek a videók tévén való lejátszásához.',
    'Lists the TVs this browser played videos on.': 'Felsorolja a tévéket, amelyeken ez a böngésző videókat játszott le.',
    'Keeps your player settings and connection speed.': 'Megőrzi az Ön lejátszóbeállításait és kapcsolatának sebességét.',
    "Keeps the player's own records.": 'Megőrzi a lejátszó saját nyilvántartását.',
    'Queues what the player sends to YouTube.': 'Sorba állítja, amit a lejátszó a YouTube-nak küld.',
    'Keeps the state of playing on a TV.': 'Megőrzi a tévén való lejátszás állapotát.',
    "Lists the player's own databases.": 'Felsorolja a lejátszó saját adatbázisait.',
    'Queues usage logs before they are sent to YouTube.': 'Sorba állítja a használati naplókat, mielőtt elküldi őket a YouTube-nak.',
    '1 day': '1 nap',
    'until you clear it': 'amíg Ön nem törli',
    session: 'munkamenet',
    // The embeds' words (vendors/youtube.ts, vimeo.ts, google-maps.ts): placeholders, preferences, declaration
    'Plays videos from YouTube in our pages; Google learns you watched them.':
      'YouTube-videókat játszik le az oldalainkon; a Google megtudja, hogy Ön megnézte őket.',
    'Counts the videos you watch.': 'Megszámolja az Ön által megnézett videókat.',
    'Estimates your connection and suggests videos.': 'Megbecsüli az Ön kapcsolatát, és videókat ajánl.',
    'Keeps your cookie choice on YouTube.': 'Megőrzi az Ön sütikre vonatkozó döntését a YouTube-on.',
    'Keeps your player settings.': 'Megőrzi az Ön lejátszóbeállításait.',
    'Plays videos from Vimeo in our pages; Vimeo counts who watched them.':
      'Vimeo-videókat játszik le az oldalainkon; a Vimeo megszámolja, ki nézte meg őket.',
    'Tells viewers apart to count views.': 'Megkülönbözteti a nézőket a megtekintések megszámolásához.',
    'Tells people from bots.': 'Megkülönbözteti az embereket a robotoktól.',
    'Shows our shops on a Google map; Google learns where you looked.':
      'Google-térképen mutatja meg üzleteinket; a Google megtudja, hová nézett.',
    'Keeps your Google settings and chooses adverts.': 'Megőrzi az Ön Google-beállításait, és hirdetéseket választ.',
    '6 months': '6 hónap',
    '8 months': '8 hónap',
    '30 minutes': '30 perc',
  },
};

// Kept out of `banner` and `prefs`, so no shopper downloads it: only the tests read it.
export const sameAsEnglish: SameAsEnglish = {
  'cat.marketing': 'Hungarian uses the English loanword "Marketing" for this',
};
