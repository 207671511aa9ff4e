// Swedish: the UI, the catalog's words and the cookie declaration's headings. Not yet reviewed by a native speaker.
import type { BannerTexts, PrefsPack, SameAsEnglish } from './pack';

/** Read by the docs and tests only; no shipped file carries it. */
export const reviewed = false;

/** The banner's words: all the UI chunk carries of this language. */
export const banner: BannerTexts = {
  title: 'Cookies på den här webbplatsen',
  body: 'Vi använder valfria cookies för inställningar, statistik och marknadsföring bara om du godkänner dem. Du kan ändra dig när som helst.',
  policy: 'Cookiepolicy',
  accept: 'Acceptera alla',
  reject: 'Avvisa alla',
  manage: 'Hantera inställningar',
  signal: 'Din webbläsares integritetssignal respekteras.',
};

/** The rest: the preferences, the cookie declaration, the placeholders, the catalog's words (the preferences part). */
export const prefs: PrefsPack = {
  text: {
    save: 'Spara inställningar',
    close: 'Stäng',
    dialog: 'Cookieinställningar',
    intro: 'Välj vilka valfria cookies vi får använda. Nödvändiga cookies får webbplatsen att fungera och kan inte stängas av.',
    'cat.necessary': 'Nödvändiga',
    'cat.necessary.text': 'Behövs för att webbplatsen ska fungera, till exempel din varukorg och det här valet.',
    'cat.preferences': 'Inställningar',
    'cat.preferences.text': 'Kommer ihåg inställningar, till exempel nyligen visade produkter.',
    'cat.analytics': 'Statistik',
    'cat.analytics.text': 'Hjälper oss att förstå hur webbplatsen används så att vi kan förbättra den.',
    'cat.marketing': 'Marknadsföring',
    'cat.marketing.text': 'Visar relevanta erbjudanden och mäter vår annonsering.',
    details: 'Om {name}',
    company: 'Företag',
    purpose: 'Ändamål',
    cookies: 'Cookies',
    privacy: 'Integritetspolicy',
    transfer: 'Data lämnar Storbritannien/EES',
    yes: 'Ja',
    no: 'Nej',
    cookie: 'Cookie',
    provider: 'Leverantör',
    lifetime: 'Lagringstid',
    party: 'Sätts av',
    first: 'Förstapart',
    third: 'Tredjepart',
    site: 'Den här webbplatsen',
    consent: 'Kommer ihåg dina cookieval.',
    days: '{n} dagar',
    none: 'Inga cookies.',
    download: 'Ladda ned mitt samtyckesregister',
    'embed.cookies': 'När det laddas kan {name} sätta kakor.',
    'embed.video': 'Ladda video',
    'embed.map': 'Ladda karta',
    'embed.content': 'Ladda innehåll',
  },
  catalog: {
    'Shows you our adverts on other sites and tells us which adverts led to a purchase.':
      'Visar våra annonser på andra webbplatser och berättar för oss vilka annonser som ledde till ett köp.',
    'Shows offers that suit you and reminds you by e-mail of what you left in your basket.':
      'Visar erbjudanden som passar dig och påminner dig via e-post om vad du lämnade i varukorgen.',
    'Counts visits and shows us, in totals, how the shop is used.': 'Räknar besök och visar oss, i totaler, hur butiken används.',
    'Records clicks and scrolling so we can see which pages confuse people.':
      'Registrerar klick och skrollning så att vi ser vilka sidor som förvirrar folk.',
    'Shows us which features of the shop and app are used, so we can improve them.':
      'Visar oss vilka funktioner i butiken och appen som används, så att vi kan förbättra dem.',
    'Tells partner sites that sent you here that you bought something, so they are paid.':
      'Meddelar partnerwebbplatser som skickade dig hit att du har köpt något, så att de får betalt.',
    'Links an ad click to a purchase.': 'Kopplar ett annonsklick till ett köp.',
    'Counts ad views.': 'Räknar annonsvisningar.',
    'Chooses adverts for you.': 'Väljer annonser åt dig.',
    'Checks cookies work.': 'Kontrollerar att cookies fungerar.',
    'Tells visitors apart.': 'Skiljer besökare åt.',
    'Keeps the visit going.': 'Håller besöket igång.',
    'Keeps the visit and survey state.': 'Sparar besökets och enkätens tillstånd.',
    'Remembers which partner sent you.': 'Kommer ihåg vilken partner som skickade dig.',
    '90 days': '90 dagar',
    '13 months': '13 månader',
    '2 weeks': '2 veckor',
    '15 minutes': '15 minuter',
    '2 years': '2 år',
    'session to 2 years': 'sessionen till 2 år',
    '1 year': '1 år',
    '30 minutes to 1 year': '30 minuter till 1 år',
    '30 days': '30 dagar',
    // YouTube's player storage in its own iframe (vendors/youtube.ts, frameStorage)
    'Gives this browser an ID for playing videos on a TV.': 'Ger den här webbläsaren ett id för att spela upp videor på en tv.',
    'Lists the TVs this browser played videos on.': 'Listar de tv-apparater som den här webbläsaren har spelat upp videor på.',
    'Keeps your player settings and connection speed.': 'Sparar dina spelarinställningar och din anslutningshastighet.',
    "Keeps the player's own records.": 'Sparar spelarens egna poster.',
    'Queues what the player sends to YouTube.': 'Köar det som spelaren skickar till YouTube.',
    'Keeps the state of playing on a TV.': 'Sparar tillståndet för uppspelning på en tv.',
    "Lists the player's own databases.": 'Listar spelarens egna databaser.',
    'Queues usage logs before they are sent to YouTube.': 'Köar användningsloggar innan de skickas till YouTube.',
    '1 day': '1 dag',
    'until you clear it': 'tills du rensar den',
    session: 'session',
    // The embeds' words (vendors/youtube.ts, vimeo.ts, google-maps.ts): placeholders, preferences, declaration
    'Plays videos from YouTube in our pages; Google learns you watched them.':
      'Spelar upp videor från YouTube på våra sidor; Google får veta att du har sett dem.',
    'Counts the videos you watch.': 'Räknar de videor du ser.',
    'Estimates your connection and suggests videos.': 'Uppskattar din anslutning och föreslår videor.',
    'Keeps your cookie choice on YouTube.': 'Sparar ditt cookieval på YouTube.',
    'Keeps your player settings.': 'Sparar dina spelarinställningar.',
    'Plays videos from Vimeo in our pages; Vimeo counts who watched them.':
      'Spelar upp videor från Vimeo på våra sidor; Vimeo räknar vem som har sett dem.',
    'Tells viewers apart to count views.': 'Skiljer tittare åt för att räkna visningar.',
    'Tells people from bots.': 'Skiljer människor från botar.',
    'Shows our shops on a Google map; Google learns where you looked.':
      'Visar våra butiker på en Google-karta; Google får veta var du tittade.',
    'Keeps your Google settings and chooses adverts.': 'Sparar dina Google-inställningar och väljer annonser.',
    '6 months': '6 månader',
    '8 months': '8 månader',
    '30 minutes': '30 minuter',
  },
};

// Kept out of `banner` and `prefs`, so no shopper downloads it: only the tests read it.
export const sameAsEnglish: SameAsEnglish = {
  cookies: '"Cookies" is the word Swedish websites use, borrowed from English',
  cookie: '"Cookie" is the word Swedish websites use, borrowed from English',
  session: 'Swedish writes "session" as English does',
};
