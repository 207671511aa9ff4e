// Maltese: the UI, the catalog's words and the cookie declaration's headings. Not yet reviewed by a native speaker.
import type { BannerTexts, PrefsPack, SameAsEnglish } from './pack';

/** Read by the docs and tests only; no shipped file carries it. */
export const reviewed = false;

/** The banner's words: all the UI chunk carries of this language. */
export const banner: BannerTexts = {
  title: 'Cookies fuq dan is-sit',
  body: 'Nużaw cookies mhux essenzjali għall-preferenzi, l-analitika u l-kummerċjalizzazzjoni biss jekk taċċettahom. Tista’ tbiddel fehmtek meta trid.',
  policy: 'Politika dwar il-cookies',
  accept: 'Aċċetta kollox',
  reject: 'Irrifjuta kollox',
  manage: 'Immaniġġja l-preferenzi',
  signal: 'Is-sinjal tal-privatezza tal-browser tiegħek huwa rispettat.',
};

/** The rest: the preferences, the cookie declaration, the placeholders, the catalog's words (the preferences part). */
export const prefs: PrefsPack = {
  text: {
    save: 'Issejvja l-preferenzi',
    close: 'Agħlaq',
    dialog: 'Preferenzi tal-cookies',
    intro: 'Agħżel liema cookies mhux essenzjali nistgħu nużaw. Il-cookies meħtieġa jżommu s-sit jaħdem u ma jistgħux jintfew.',
    'cat.necessary': 'Meħtieġa',
    'cat.necessary.text': 'Meħtieġa biex is-sit jaħdem, bħall-basket tiegħek u din l-għażla.',
    'cat.preferences': 'Preferenzi',
    'cat.preferences.text': 'Jiftakru s-settings, bħall-prodotti li rajt dan l-aħħar.',
    'cat.analytics': 'Analitika',
    'cat.analytics.text': 'Jgħinuna nifhmu kif jintuża s-sit biex intejbuh.',
    'cat.marketing': 'Kummerċjalizzazzjoni',
    'cat.marketing.text': 'Juru offerti rilevanti u jkejlu r-reklamar tagħna.',
    details: 'Dwar {name}',
    company: 'Kumpanija',
    purpose: 'Skop',
    cookies: 'Cookies',
    privacy: 'Politika tal-privatezza',
    transfer: 'Id-data toħroġ mir-Renju Unit/miż-ŻEE',
    yes: 'Iva',
    no: 'Le',
    cookie: 'Cookie',
    provider: 'Fornitur',
    lifetime: 'Tul ta’ żmien',
    party: 'Issettjat minn',
    first: 'L-ewwel parti',
    third: 'Parti terza',
    site: 'Dan is-sit',
    consent: 'Jiftakar l-għażliet tiegħek dwar il-cookies.',
    days: '{n} jiem',
    none: 'L-ebda cookie.',
    download: 'Niżżel ir-rekord tal-kunsens tiegħi',
    'embed.cookies': 'Jekk tgħabbih, {name} jista’ jpoġġi cookies.',
    'embed.video': 'Għabbi l-vidjo',
    'embed.map': 'Għabbi l-mappa',
    'embed.content': 'Għabbi l-kontenut',
  },
  catalog: {
    'Shows you our adverts on other sites and tells us which adverts led to a purchase.':
      'Juri r-reklami tagħna fuq siti oħra u jgħidilna liema reklami wasslu għal xiri.',
    'Shows offers that suit you and reminds you by e-mail of what you left in your basket.':
      'Juri offerti li jaqblu miegħek u jfakkrek bl-email f’dak li ħallejt fil-basket.',
    'Counts visits and shows us, in totals, how the shop is used.': 'Jgħodd iż-żjarat u juri lilna, b’mod aggregat, kif jintuża l-ħanut.',
    'Records clicks and scrolling so we can see which pages confuse people.':
      'Jirreġistra l-klikks u l-iscrolling biex naraw liema paġni jħawdu lin-nies.',
    'Shows us which features of the shop and app are used, so we can improve them.':
      'Juri lilna liema funzjonijiet tal-ħanut u tal-app jintużaw, biex intejbuhom.',
    'Tells partner sites that sent you here that you bought something, so they are paid.':
      'Jgħid lis-siti sħab li bagħtuk hawn li xtrajt xi ħaġa, biex jitħallsu.',
    'Links an ad click to a purchase.': 'Jorbot klikk fuq reklam ma’ xiri.',
    'Counts ad views.': 'Jgħodd il-wiri tar-reklami.',
    'Chooses adverts for you.': 'Jagħżel reklami għalik.',
    'Checks cookies work.': 'Jiċċekkja li l-cookies jaħdmu.',
    'Tells visitors apart.': 'Jiddistingwi bejn il-viżitaturi.',
    'Keeps the visit going.': 'Iżomm iż-żjara għaddejja.',
    'Keeps the visit and survey state.': 'Iżomm l-istat taż-żjara u tal-istħarriġ.',
    'Remembers which partner sent you.': 'Jiftakar liema sieħeb bagħtek.',
    '90 days': '90 jum',
    '13 months': '13-il xahar',
    '2 weeks': 'ġimagħtejn',
    '15 minutes': '15-il minuta',
    '2 years': 'sentejn',
    'session to 2 years': 'mis-sessjoni sa sentejn',
    '1 year': 'sena',
    '30 minutes to 1 year': 'minn 30 minuta sa sena',
    '30 days': '30 jum',
    // YouTube's player storage in its own iframe (vendors/youtube.ts, frameStorage)
    'Gives this browser an ID for playing videos on a TV.': 'Jagħti lil dan il-browser ID biex juri vidjows fuq televixin.',
    'Lists the TVs this browser played videos on.': 'Jelenka t-televixins li fuqhom dan il-browser wera vidjows.',
    'Keeps your player settings and connection speed.': 'Iżomm is-settings tal-plejer tiegħek u l-veloċità tal-konnessjoni tiegħek.',
    "Keeps the player's own records.": 'Iżomm ir-rekords proprji tal-plejer.',
    'Queues what the player sends to YouTube.': 'Ipoġġi f’kju dak li l-plejer jibgħat lil YouTube.',
    'Keeps the state of playing on a TV.': 'Iżomm l-istat tar-riproduzzjoni fuq televixin.',
    "Lists the player's own databases.": 'Jelenka d-databases proprji tal-plejer.',
    'Queues usage logs before they are sent to YouTube.': 'Ipoġġi r-reġistri tal-użu f’kju qabel jintbagħtu lil YouTube.',
    '1 day': 'jum',
    'until you clear it': 'sakemm tħassru',
    session: 'sessjoni',
    // The embeds' words (vendors/youtube.ts, vimeo.ts, google-maps.ts): placeholders, preferences, declaration
    'Plays videos from YouTube in our pages; Google learns you watched them.':
      'Juri vidjows minn YouTube fil-paġni tagħna; Google isir jaf li rajthom.',
    'Counts the videos you watch.': 'Jgħodd il-vidjows li tara.',
    'Estimates your connection and suggests videos.': 'Jistma l-konnessjoni tiegħek u jissuġġerixxi vidjows.',
    'Keeps your cookie choice on YouTube.': 'Iżomm l-għażla tiegħek dwar il-cookies fuq YouTube.',
    'Keeps your player settings.': 'Iżomm is-settings tal-plejer tiegħek.',
    'Plays videos from Vimeo in our pages; Vimeo counts who watched them.':
      'Juri vidjows minn Vimeo fil-paġni tagħna; Vimeo jgħodd min rahom.',
    'Tells viewers apart to count views.': 'Jiddistingwi bejn l-ispettaturi biex jgħodd il-wiri.',
    'Tells people from bots.': 'Jiddistingwi bejn in-nies u l-bots.',
    'Shows our shops on a Google map; Google learns where you looked.':
      'Juri l-ħwienet tagħna fuq mappa ta’ Google; Google isir jaf fejn ħarist.',
    'Keeps your Google settings and chooses adverts.': 'Iżomm is-settings tiegħek ta’ Google u jagħżel reklami.',
    '6 months': '6 xhur',
    '8 months': '8 xhur',
    '30 minutes': '30 minuta',
  },
};

// Kept out of `banner` and `prefs`, so no shopper downloads it: only the tests read it.
export const sameAsEnglish: SameAsEnglish = {
  cookies: '"Cookies" is the word Maltese websites use, borrowed from English',
  cookie: '"Cookie" is the word Maltese websites use, borrowed from English',
};
