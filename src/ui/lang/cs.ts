// Czech: the UI, the catalog's words and the cookie declaration's headings. Not yet reviewed by a native speaker.
import type { BannerTexts, PrefsPack, SameAsEnglish } from './pack';

/** Read by the docs and tests only; no shipped file carries it. */
export const reviewed = false;

/** The banner's words: all the UI chunk carries of this language. */
export const banner: BannerTexts = {
  title: 'Cookies na tomto webu',
  body: 'Volitelné cookies pro předvolby, analytiku a marketing používáme, jen pokud je přijmete. Svůj souhlas můžete kdykoli změnit.',
  policy: 'Zásady cookies',
  accept: 'Přijmout vše',
  reject: 'Odmítnout vše',
  manage: 'Spravovat předvolby',
  signal: 'Signál ochrany soukromí z vašeho prohlížeče respektujeme.',
};

/** The rest: the preferences, the cookie declaration, the placeholders, the catalog's words (the preferences part). */
export const prefs: PrefsPack = {
  text: {
    save: 'Uložit předvolby',
    close: 'Zavřít',
    dialog: 'Předvolby cookies',
    intro: 'Vyberte, které volitelné cookies smíme používat. Nezbytné cookies zajišťují fungování webu a nelze je vypnout.',
    'cat.necessary': 'Nezbytné',
    'cat.necessary.text': 'Potřebné pro fungování webu, například váš košík a tato volba.',
    'cat.preferences': 'Předvolby',
    'cat.preferences.text': 'Pamatují si nastavení, například naposledy zobrazené produkty.',
    'cat.analytics': 'Analytika',
    'cat.analytics.text': 'Pomáhají nám pochopit, jak se web používá, abychom ho mohli zlepšit.',
    'cat.marketing': 'Marketing',
    'cat.marketing.text': 'Zobrazují relevantní nabídky a měří naši reklamu.',
    details: 'O {name}',
    company: 'Společnost',
    purpose: 'Účel',
    cookies: 'Cookies',
    privacy: 'Zásady ochrany osobních údajů',
    transfer: 'Data opouštějí Spojené království/EHP',
    yes: 'Ano',
    no: 'Ne',
    cookie: 'Cookie',
    provider: 'Poskytovatel',
    lifetime: 'Doba platnosti',
    party: 'Nastavuje',
    first: 'Vlastní (první strana)',
    third: 'Třetí strana',
    site: 'Tento web',
    consent: 'Pamatuje si vaši volbu cookies.',
    days: '{n} dní',
    none: 'Žádné cookies.',
    download: 'Stáhnout můj záznam o souhlasu',
    'embed.cookies': 'Načtením umožníte službě {name} ukládat cookies.',
    'embed.video': 'Načíst video',
    'embed.map': 'Načíst mapu',
    'embed.content': 'Načíst obsah',
  },
  catalog: {
    'Shows you our adverts on other sites and tells us which adverts led to a purchase.':
      'Zobrazuje naše reklamy na jiných webech a říká nám, které reklamy vedly k nákupu.',
    'Shows offers that suit you and reminds you by e-mail of what you left in your basket.':
      'Zobrazuje nabídky, které se vám hodí, a e-mailem vám připomíná, co jste nechali v košíku.',
    'Counts visits and shows us, in totals, how the shop is used.': 'Počítá návštěvy a ukazuje nám v souhrnu, jak se obchod používá.',
    'Records clicks and scrolling so we can see which pages confuse people.':
      'Zaznamenává kliknutí a posouvání, abychom viděli, které stránky lidi matou.',
    'Shows us which features of the shop and app are used, so we can improve them.':
      'Ukazuje nám, které funkce obchodu a aplikace se používají, abychom je mohli zlepšit.',
    'Tells partner sites that sent you here that you bought something, so they are paid.':
      'Sděluje partnerským webům, které vás sem poslaly, že jste něco koupili, aby dostaly zaplaceno.',
    'Links an ad click to a purchase.': 'Spojuje kliknutí na reklamu s nákupem.',
    'Counts ad views.': 'Počítá zobrazení reklam.',
    'Chooses adverts for you.': 'Vybírá pro vás reklamy.',
    'Checks cookies work.': 'Ověřuje, že cookies fungují.',
    'Tells visitors apart.': 'Rozlišuje návštěvníky.',
    'Keeps the visit going.': 'Udržuje návštěvu.',
    'Keeps the visit and survey state.': 'Uchovává stav návštěvy a průzkumu.',
    'Remembers which partner sent you.': 'Pamatuje si, který partner vás poslal.',
    '90 days': '90 dní',
    '13 months': '13 měsíců',
    '2 weeks': '2 týdny',
    '15 minutes': '15 minut',
    '2 years': '2 roky',
    'session to 2 years': 'od konce relace do 2 let',
    '1 year': '1 rok',
    '30 minutes to 1 year': 'od 30 minut do 1 roku',
    '30 days': '30 dní',
    // YouTube's player storage in its own iframe (vendors/youtube.ts, frameStorage)
    'Gives this browser an ID for playing videos on a TV.': 'Přiděluje tomuto prohlížeči ID pro přehrávání videí na televizoru.',
    'Lists the TVs this browser played videos on.': 'Uvádí televizory, na kterých tento prohlížeč přehrával videa.',
    'Keeps your player settings and connection speed.': 'Uchovává vaše nastavení přehrávače a rychlost připojení.',
    "Keeps the player's own records.": 'Uchovává vlastní záznamy přehrávače.',
    'Queues what the player sends to YouTube.': 'Řadí do fronty, co přehrávač odesílá do YouTube.',
    'Keeps the state of playing on a TV.': 'Uchovává stav přehrávání na televizoru.',
    "Lists the player's own databases.": 'Uvádí vlastní databáze přehrávače.',
    'Queues usage logs before they are sent to YouTube.': 'Řadí do fronty protokoly o používání před jejich odesláním do YouTube.',
    '1 day': '1 den',
    'until you clear it': 'dokud je nevymažete',
    session: 'relace',
    // The embeds' words (vendors/youtube.ts, vimeo.ts, google-maps.ts): placeholders, preferences, declaration
    'Plays videos from YouTube in our pages; Google learns you watched them.':
      'Přehrává na našich stránkách videa z YouTube; Google se dozví, že jste je sledovali.',
    'Counts the videos you watch.': 'Počítá videa, která sledujete.',
    'Estimates your connection and suggests videos.': 'Odhaduje vaše připojení a navrhuje videa.',
    'Keeps your cookie choice on YouTube.': 'Uchovává vaši volbu cookies na YouTube.',
    'Keeps your player settings.': 'Uchovává vaše nastavení přehrávače.',
    'Plays videos from Vimeo in our pages; Vimeo counts who watched them.':
      'Přehrává na našich stránkách videa z Vimea; Vimeo počítá, kdo je sledoval.',
    'Tells viewers apart to count views.': 'Rozlišuje diváky, aby mohl počítat zhlédnutí.',
    'Tells people from bots.': 'Rozlišuje lidi od botů.',
    'Shows our shops on a Google map; Google learns where you looked.':
      'Ukazuje naše prodejny na mapě Google; Google se dozví, kam jste se dívali.',
    'Keeps your Google settings and chooses adverts.': 'Uchovává vaše nastavení Google a vybírá reklamy.',
    '6 months': '6 měsíců',
    '8 months': '8 měsíců',
    '30 minutes': '30 minut',
  },
};

// Kept out of `banner` and `prefs`, so no shopper downloads it: only the tests read it.
export const sameAsEnglish: SameAsEnglish = {
  'cat.marketing': 'Czech uses the English loanword "Marketing" for this',
  cookies: '"Cookies" is the word Czech websites use, borrowed from English',
  cookie: '"Cookie" is the word Czech websites use, borrowed from English',
};
