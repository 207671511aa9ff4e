// Danish: the UI, the catalog's words and the cookie declaration's headings. Not yet reviewed by a native speaker.
import type { BannerTexts, PrefsPack, SameAsEnglish } from './pack';

/** Read by the docs and tests only; no shipped file carries it. */
export const reviewed = false;

/** The banner's words: all the UI chunk carries of this language. */
export const banner: BannerTexts = {
  title: 'Cookies på dette websted',
  body: 'Vi bruger kun valgfrie cookies til præferencer, statistik og marketing, hvis du accepterer dem. Du kan altid ændre dit valg.',
  policy: 'Cookiepolitik',
  accept: 'Accepter alle',
  reject: 'Afvis alle',
  manage: 'Administrer præferencer',
  signal: 'Din browsers privatlivssignal bliver respekteret.',
};

/** The rest: the preferences, the cookie declaration, the placeholders, the catalog's words (the preferences part). */
export const prefs: PrefsPack = {
  text: {
    save: 'Gem præferencer',
    close: 'Luk',
    dialog: 'Cookiepræferencer',
    intro: 'Vælg, hvilke valgfrie cookies vi må bruge. Nødvendige cookies får webstedet til at fungere og kan ikke slås fra.',
    'cat.necessary': 'Nødvendige',
    'cat.necessary.text': 'Nødvendige for at webstedet fungerer, f.eks. din kurv og dette valg.',
    'cat.preferences': 'Præferencer',
    'cat.preferences.text': 'Husker indstillinger, f.eks. produkter du har set for nylig.',
    'cat.analytics': 'Statistik',
    'cat.analytics.text': 'Hjælper os med at forstå, hvordan webstedet bruges, så vi kan forbedre det.',
    'cat.marketing': 'Marketing',
    'cat.marketing.text': 'Viser relevante tilbud og måler vores annoncering.',
    details: 'Om {name}',
    company: 'Virksomhed',
    purpose: 'Formål',
    cookies: 'Cookies',
    privacy: 'Privatlivspolitik',
    transfer: 'Data forlader UK/EØS',
    yes: 'Ja',
    no: 'Nej',
    cookie: 'Cookie',
    provider: 'Udbyder',
    lifetime: 'Varighed',
    party: 'Sat af',
    first: 'Førstepart',
    third: 'Tredjepart',
    site: 'Dette websted',
    consent: 'Husker dine cookievalg.',
    days: '{n} dage',
    none: 'Ingen cookies.',
    download: 'Download min samtykkeregistrering',
    'embed.cookies': 'Indlæsning lader {name} sætte cookies.',
    'embed.video': 'Indlæs video',
    'embed.map': 'Indlæs kort',
    'embed.content': 'Indlæs indhold',
  },
  catalog: {
    'Shows you our adverts on other sites and tells us which adverts led to a purchase.':
      'Viser vores annoncer på andre websteder og fortæller os, hvilke annoncer der førte til et køb.',
    'Shows offers that suit you and reminds you by e-mail of what you left in your basket.':
      'Viser tilbud, der passer til dig, og minder dig pr. e-mail om, hvad du har efterladt i din kurv.',
    'Counts visits and shows us, in totals, how the shop is used.': 'Tæller besøg og viser os samlet, hvordan butikken bruges.',
    'Records clicks and scrolling so we can see which pages confuse people.':
      'Registrerer klik og rulning, så vi kan se, hvilke sider der forvirrer folk.',
    'Shows us which features of the shop and app are used, so we can improve them.':
      'Viser os, hvilke funktioner i butikken og appen der bruges, så vi kan forbedre dem.',
    'Tells partner sites that sent you here that you bought something, so they are paid.':
      'Fortæller partnersider, der sendte dig hertil, at du har købt noget, så de får betaling.',
    'Links an ad click to a purchase.': 'Forbinder et klik på en annonce med et køb.',
    'Counts ad views.': 'Tæller visninger af annoncer.',
    'Chooses adverts for you.': 'Vælger annoncer til dig.',
    'Checks cookies work.': 'Tjekker, at cookies virker.',
    'Tells visitors apart.': 'Skelner mellem besøgende.',
    'Keeps the visit going.': 'Holder besøget i gang.',
    'Keeps the visit and survey state.': 'Husker besøgets og undersøgelsens tilstand.',
    'Remembers which partner sent you.': 'Husker, hvilken partner der sendte dig.',
    '90 days': '90 dage',
    '13 months': '13 måneder',
    '2 weeks': '2 uger',
    '15 minutes': '15 minutter',
    '2 years': '2 år',
    'session to 2 years': 'sessionen til 2 år',
    '1 year': '1 år',
    '30 minutes to 1 year': '30 minutter til 1 år',
    '30 days': '30 dage',
    // YouTube's player storage in its own iframe (vendors/youtube.ts, frameStorage)
    'Gives this browser an ID for playing videos on a TV.': 'Giver denne browser et id til at afspille videoer på et tv.',
    'Lists the TVs this browser played videos on.': 'Oplister de tv’er, som denne browser har afspillet videoer på.',
    'Keeps your player settings and connection speed.': 'Husker dine afspillerindstillinger og din forbindelseshastighed.',
    "Keeps the player's own records.": 'Gemmer afspillerens egne registreringer.',
    'Queues what the player sends to YouTube.': 'Sætter det, afspilleren sender til YouTube, i kø.',
    'Keeps the state of playing on a TV.': 'Husker tilstanden for afspilning på et tv.',
    "Lists the player's own databases.": 'Oplister afspillerens egne databaser.',
    'Queues usage logs before they are sent to YouTube.': 'Sætter brugslogs i kø, før de sendes til YouTube.',
    '1 day': '1 dag',
    'until you clear it': 'indtil du sletter det',
    session: 'session',
    // The embeds' words (vendors/youtube.ts, vimeo.ts, google-maps.ts): placeholders, preferences, declaration
    'Plays videos from YouTube in our pages; Google learns you watched them.':
      'Afspiller videoer fra YouTube på vores sider; Google får at vide, at du har set dem.',
    'Counts the videos you watch.': 'Tæller de videoer, du ser.',
    'Estimates your connection and suggests videos.': 'Vurderer din forbindelse og foreslår videoer.',
    'Keeps your cookie choice on YouTube.': 'Husker dit cookievalg på YouTube.',
    'Keeps your player settings.': 'Husker dine afspillerindstillinger.',
    'Plays videos from Vimeo in our pages; Vimeo counts who watched them.':
      'Afspiller videoer fra Vimeo på vores sider; Vimeo tæller, hvem der har set dem.',
    'Tells viewers apart to count views.': 'Skelner mellem seere for at tælle visninger.',
    'Tells people from bots.': 'Skelner mennesker fra bots.',
    'Shows our shops on a Google map; Google learns where you looked.':
      'Viser vores butikker på et Google-kort; Google får at vide, hvor du kiggede.',
    'Keeps your Google settings and chooses adverts.': 'Husker dine Google-indstillinger og vælger annoncer.',
    '6 months': '6 måneder',
    '8 months': '8 måneder',
    '30 minutes': '30 minutter',
  },
};

// Kept out of `banner` and `prefs`, so no shopper downloads it: only the tests read it.
export const sameAsEnglish: SameAsEnglish = {
  'cat.marketing': 'Danish uses the English loanword "Marketing" for this',
  cookies: '"Cookies" is the word Danish websites use, borrowed from English',
  cookie: '"Cookie" is the word Danish websites use, borrowed from English',
  session: 'Danish writes "session" as English does',
};
