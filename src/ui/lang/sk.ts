// Slovak: the UI, the catalog's words and the cookie declaration's headings. Not yet reviewed by a native speaker.
import type { BannerTexts, PrefsPack, SameAsEnglish } from './pack';

/** Read by the docs and tests only; no shipped file carries it. */
export const reviewed = false;

/** The banner's words: all the UI chunk carries of this language. */
export const banner: BannerTexts = {
  title: 'Súbory cookie na tejto stránke',
  body: 'Voliteľné súbory cookie na preferencie, analytiku a marketing používame, len ak ich prijmete. Svoje rozhodnutie môžete kedykoľvek zmeniť.',
  policy: 'Zásady používania súborov cookie',
  accept: 'Prijať všetko',
  reject: 'Odmietnuť všetko',
  manage: 'Spravovať predvoľby',
  signal: 'Signál ochrany súkromia vášho prehliadača rešpektujeme.',
};

/** The rest: the preferences, the cookie declaration, the placeholders, the catalog's words (the preferences part). */
export const prefs: PrefsPack = {
  text: {
    save: 'Uložiť predvoľby',
    close: 'Zavrieť',
    dialog: 'Predvoľby súborov cookie',
    intro:
      'Vyberte, ktoré voliteľné súbory cookie smieme používať. Nevyhnutné súbory cookie zabezpečujú fungovanie stránky a nemožno ich vypnúť.',
    'cat.necessary': 'Nevyhnutné',
    'cat.necessary.text': 'Potrebné na fungovanie stránky, napríklad váš košík a táto voľba.',
    'cat.preferences': 'Predvoľby',
    'cat.preferences.text': 'Pamätajú si nastavenia, napríklad nedávno zobrazené produkty.',
    'cat.analytics': 'Analytika',
    'cat.analytics.text': 'Pomáhajú nám pochopiť, ako sa stránka používa, aby sme ju mohli zlepšiť.',
    'cat.marketing': 'Marketing',
    'cat.marketing.text': 'Zobrazujú relevantné ponuky a merajú našu reklamu.',
    details: 'O {name}',
    company: 'Spoločnosť',
    purpose: 'Účel',
    cookies: 'Súbory cookie',
    privacy: 'Zásady ochrany osobných údajov',
    transfer: 'Údaje opúšťajú Spojené kráľovstvo/EHP',
    yes: 'Áno',
    no: 'Nie',
    cookie: 'Súbor cookie',
    provider: 'Poskytovateľ',
    lifetime: 'Doba platnosti',
    party: 'Nastavuje',
    first: 'Vlastný (prvá strana)',
    third: 'Tretia strana',
    site: 'Táto stránka',
    consent: 'Pamätá si vašu voľbu súborov cookie.',
    days: '{n} dní',
    none: 'Žiadne súbory cookie.',
    download: 'Stiahnuť môj záznam o súhlase',
    'embed.cookies': 'Načítaním umožníte službe {name} ukladať cookies.',
    'embed.video': 'Načítať video',
    'embed.map': 'Načítať mapu',
    'embed.content': 'Načítať obsah',
  },
  catalog: {
    'Shows you our adverts on other sites and tells us which adverts led to a purchase.':
      'Zobrazuje naše reklamy na iných stránkach a hovorí nám, ktoré reklamy viedli k nákupu.',
    'Shows offers that suit you and reminds you by e-mail of what you left in your basket.':
      'Zobrazuje ponuky, ktoré vám vyhovujú, a e-mailom vám pripomína, čo ste nechali v košíku.',
    'Counts visits and shows us, in totals, how the shop is used.': 'Počíta návštevy a ukazuje nám súhrnne, ako sa obchod používa.',
    'Records clicks and scrolling so we can see which pages confuse people.':
      'Zaznamenáva kliknutia a posúvanie, aby sme videli, ktoré stránky ľudí mätú.',
    'Shows us which features of the shop and app are used, so we can improve them.':
      'Ukazuje nám, ktoré funkcie obchodu a aplikácie sa používajú, aby sme ich mohli zlepšiť.',
    'Tells partner sites that sent you here that you bought something, so they are paid.':
      'Oznamuje partnerským stránkam, ktoré vás sem poslali, že ste niečo kúpili, aby dostali zaplatené.',
    'Links an ad click to a purchase.': 'Spája kliknutie na reklamu s nákupom.',
    'Counts ad views.': 'Počíta zobrazenia reklám.',
    'Chooses adverts for you.': 'Vyberá pre vás reklamy.',
    'Checks cookies work.': 'Overuje, či súbory cookie fungujú.',
    'Tells visitors apart.': 'Rozlišuje návštevníkov.',
    'Keeps the visit going.': 'Udržiava návštevu.',
    'Keeps the visit and survey state.': 'Uchováva stav návštevy a prieskumu.',
    'Remembers which partner sent you.': 'Pamätá si, ktorý partner vás poslal.',
    '90 days': '90 dní',
    '13 months': '13 mesiacov',
    '2 weeks': '2 týždne',
    '15 minutes': '15 minút',
    '2 years': '2 roky',
    'session to 2 years': 'od relácie do 2 rokov',
    '1 year': '1 rok',
    '30 minutes to 1 year': 'od 30 minút do 1 roka',
    '30 days': '30 dní',
    // YouTube's player storage in its own iframe (vendors/youtube.ts, frameStorage)
    'Gives this browser an ID for playing videos on a TV.': 'Prideľuje tomuto prehliadaču ID na prehrávanie videí na televízore.',
    'Lists the TVs this browser played videos on.': 'Uvádza televízory, na ktorých tento prehliadač prehrával videá.',
    'Keeps your player settings and connection speed.': 'Uchováva vaše nastavenia prehrávača a rýchlosť pripojenia.',
    "Keeps the player's own records.": 'Uchováva vlastné záznamy prehrávača.',
    'Queues what the player sends to YouTube.': 'Radí do frontu, čo prehrávač odosiela do YouTube.',
    'Keeps the state of playing on a TV.': 'Uchováva stav prehrávania na televízore.',
    "Lists the player's own databases.": 'Uvádza vlastné databázy prehrávača.',
    'Queues usage logs before they are sent to YouTube.': 'Radí do frontu záznamy o používaní pred ich odoslaním do YouTube.',
    '1 day': '1 deň',
    'until you clear it': 'kým ich nevymažete',
    session: 'relácia',
    // The embeds' words (vendors/youtube.ts, vimeo.ts, google-maps.ts): placeholders, preferences, declaration
    'Plays videos from YouTube in our pages; Google learns you watched them.':
      'Prehráva na našich stránkach videá z YouTube; Google sa dozvie, že ste si ich pozreli.',
    'Counts the videos you watch.': 'Počíta videá, ktoré pozeráte.',
    'Estimates your connection and suggests videos.': 'Odhaduje vaše pripojenie a navrhuje videá.',
    'Keeps your cookie choice on YouTube.': 'Uchováva vašu voľbu súborov cookie na YouTube.',
    'Keeps your player settings.': 'Uchováva vaše nastavenia prehrávača.',
    'Plays videos from Vimeo in our pages; Vimeo counts who watched them.':
      'Prehráva na našich stránkach videá z Vimea; Vimeo počíta, kto si ich pozrel.',
    'Tells viewers apart to count views.': 'Rozlišuje divákov, aby mohol počítať pozretia.',
    'Tells people from bots.': 'Rozlišuje ľudí od botov.',
    'Shows our shops on a Google map; Google learns where you looked.':
      'Zobrazuje naše predajne na mape Google; Google sa dozvie, kam ste sa pozerali.',
    'Keeps your Google settings and chooses adverts.': 'Uchováva vaše nastavenia Google a vyberá reklamy.',
    '6 months': '6 mesiacov',
    '8 months': '8 mesiacov',
    '30 minutes': '30 minút',
  },
};

// Kept out of `banner` and `prefs`, so no shopper downloads it: only the tests read it.
export const sameAsEnglish: SameAsEnglish = {
  'cat.marketing': 'Slovak uses the English loanword "Marketing" for this',
};
