// Croatian: the UI, the catalog's words and the cookie declaration's headings. Not yet reviewed by a native speaker.
import type { BannerTexts, PrefsPack, SameAsEnglish } from './pack';

/** Read by the docs and tests only; no shipped file carries it. */
export const reviewed = false;

/** The banner's words: all the UI chunk carries of this language. */
export const banner: BannerTexts = {
  title: 'Kolačići na ovoj stranici',
  body: 'Neobavezne kolačiće za postavke, analitiku i marketing koristimo samo ako ih prihvatite. Svoj izbor možete promijeniti u bilo kojem trenutku.',
  policy: 'Pravila o kolačićima',
  accept: 'Prihvati sve',
  reject: 'Odbij sve',
  manage: 'Upravljaj postavkama',
  signal: 'Poštujemo signal privatnosti vašeg preglednika.',
};

/** The rest: the preferences, the cookie declaration, the placeholders, the catalog's words (the preferences part). */
export const prefs: PrefsPack = {
  text: {
    save: 'Spremi postavke',
    close: 'Zatvori',
    dialog: 'Postavke kolačića',
    intro: 'Odaberite koje neobavezne kolačiće smijemo koristiti. Nužni kolačići omogućuju rad stranice i ne mogu se isključiti.',
    'cat.necessary': 'Nužni',
    'cat.necessary.text': 'Potrebni za rad stranice, primjerice vaša košarica i ovaj izbor.',
    'cat.preferences': 'Postavke',
    'cat.preferences.text': 'Pamte postavke, primjerice nedavno pregledane proizvode.',
    'cat.analytics': 'Analitika',
    'cat.analytics.text': 'Pomažu nam razumjeti kako se stranica koristi kako bismo je poboljšali.',
    'cat.marketing': 'Marketing',
    'cat.marketing.text': 'Prikazuju relevantne ponude i mjere naše oglašavanje.',
    details: 'O {name}',
    company: 'Tvrtka',
    purpose: 'Svrha',
    cookies: 'Kolačići',
    privacy: 'Pravila o privatnosti',
    transfer: 'Podaci napuštaju UK/EGP',
    yes: 'Da',
    no: 'Ne',
    cookie: 'Kolačić',
    provider: 'Pružatelj',
    lifetime: 'Trajanje',
    party: 'Postavlja',
    first: 'Prva strana',
    third: 'Treća strana',
    site: 'Ova stranica',
    consent: 'Pamti vaš izbor kolačića.',
    days: '{n} dana',
    none: 'Nema kolačića.',
    download: 'Preuzmi moj zapis o privoli',
    'embed.cookies': 'Učitavanjem dopuštate da {name} postavlja kolačiće.',
    'embed.video': 'Učitaj videozapis',
    'embed.map': 'Učitaj kartu',
    'embed.content': 'Učitaj sadržaj',
  },
  catalog: {
    'Shows you our adverts on other sites and tells us which adverts led to a purchase.':
      'Prikazuje naše oglase na drugim stranicama i govori nam koji su oglasi doveli do kupnje.',
    'Shows offers that suit you and reminds you by e-mail of what you left in your basket.':
      'Prikazuje ponude koje vam odgovaraju i e-poštom vas podsjeća što ste ostavili u košarici.',
    'Counts visits and shows us, in totals, how the shop is used.': 'Broji posjete i pokazuje nam, zbirno, kako se trgovina koristi.',
    'Records clicks and scrolling so we can see which pages confuse people.':
      'Bilježi klikove i pomicanje kako bismo vidjeli koje stranice zbunjuju ljude.',
    'Shows us which features of the shop and app are used, so we can improve them.':
      'Pokazuje nam koje se značajke trgovine i aplikacije koriste kako bismo ih poboljšali.',
    'Tells partner sites that sent you here that you bought something, so they are paid.':
      'Javlja partnerskim stranicama koje su vas uputile ovamo da ste nešto kupili, kako bi bile plaćene.',
    'Links an ad click to a purchase.': 'Povezuje klik na oglas s kupnjom.',
    'Counts ad views.': 'Broji prikaze oglasa.',
    'Chooses adverts for you.': 'Odabire oglase za vas.',
    'Checks cookies work.': 'Provjerava rade li kolačići.',
    'Tells visitors apart.': 'Razlikuje posjetitelje.',
    'Keeps the visit going.': 'Održava posjet.',
    'Keeps the visit and survey state.': 'Čuva stanje posjeta i ankete.',
    'Remembers which partner sent you.': 'Pamti koji vas je partner uputio.',
    '90 days': '90 dana',
    '13 months': '13 mjeseci',
    '2 weeks': '2 tjedna',
    '15 minutes': '15 minuta',
    '2 years': '2 godine',
    'session to 2 years': 'od sesije do 2 godine',
    '1 year': '1 godina',
    '30 minutes to 1 year': 'od 30 minuta do 1 godine',
    '30 days': '30 dana',
    // YouTube's player storage in its own iframe (vendors/youtube.ts, frameStorage)
    'Gives this browser an ID for playing videos on a TV.': 'Daje ovom pregledniku ID za reprodukciju videozapisa na televizoru.',
    'Lists the TVs this browser played videos on.': 'Navodi televizore na kojima je ovaj preglednik reproducirao videozapise.',
    'Keeps your player settings and connection speed.': 'Čuva vaše postavke reproduktora i brzinu veze.',
    "Keeps the player's own records.": 'Čuva vlastite zapise reproduktora.',
    'Queues what the player sends to YouTube.': 'Stavlja u red čekanja ono što reproduktor šalje YouTubeu.',
    'Keeps the state of playing on a TV.': 'Čuva stanje reprodukcije na televizoru.',
    "Lists the player's own databases.": 'Navodi vlastite baze podataka reproduktora.',
    'Queues usage logs before they are sent to YouTube.': 'Stavlja zapisnike korištenja u red čekanja prije slanja YouTubeu.',
    '1 day': '1 dan',
    'until you clear it': 'dok ih ne izbrišete',
    session: 'sesija',
    // The embeds' words (vendors/youtube.ts, vimeo.ts, google-maps.ts): placeholders, preferences, declaration
    'Plays videos from YouTube in our pages; Google learns you watched them.':
      'Reproducira videozapise s YouTubea na našim stranicama; Google saznaje da ste ih gledali.',
    'Counts the videos you watch.': 'Broji videozapise koje gledate.',
    'Estimates your connection and suggests videos.': 'Procjenjuje vašu vezu i predlaže videozapise.',
    'Keeps your cookie choice on YouTube.': 'Čuva vaš izbor kolačića na YouTubeu.',
    'Keeps your player settings.': 'Čuva vaše postavke reproduktora.',
    'Plays videos from Vimeo in our pages; Vimeo counts who watched them.':
      'Reproducira videozapise s Vimea na našim stranicama; Vimeo broji tko ih je gledao.',
    'Tells viewers apart to count views.': 'Razlikuje gledatelje kako bi brojio preglede.',
    'Tells people from bots.': 'Razlikuje ljude od botova.',
    'Shows our shops on a Google map; Google learns where you looked.':
      'Prikazuje naše trgovine na Google karti; Google saznaje gdje ste gledali.',
    'Keeps your Google settings and chooses adverts.': 'Čuva vaše Google postavke i odabire oglase.',
    '6 months': '6 mjeseci',
    '8 months': '8 mjeseci',
    '30 minutes': '30 minuta',
  },
};

// Kept out of `banner` and `prefs`, so no shopper downloads it: only the tests read it.
export const sameAsEnglish: SameAsEnglish = {
  'cat.marketing': 'Croatian uses the English loanword "Marketing" for this',
};
