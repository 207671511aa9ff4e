// Dutch: the UI, the catalog's words and the cookie declaration's headings. Not yet reviewed by a native speaker.
import type { BannerTexts, PrefsPack, SameAsEnglish } from './pack';

/** Read by the docs and tests only; no shipped file carries it. */
export const reviewed = false;

/** The banner's words: all the UI chunk carries of this language. */
export const banner: BannerTexts = {
  title: 'Cookies op deze site',
  body: 'We gebruiken optionele cookies voor voorkeuren, statistieken en marketing alleen als u ze accepteert. U kunt uw keuze altijd wijzigen.',
  policy: 'Cookiebeleid',
  accept: 'Alles accepteren',
  reject: 'Alles weigeren',
  manage: 'Voorkeuren beheren',
  signal: 'Het privacysignaal van uw browser wordt gerespecteerd.',
};

/** The rest: the preferences, the cookie declaration, the placeholders, the catalog's words (the preferences part). */
export const prefs: PrefsPack = {
  text: {
    save: 'Voorkeuren opslaan',
    close: 'Sluiten',
    dialog: 'Cookievoorkeuren',
    intro:
      'Kies welke optionele cookies we mogen gebruiken. Noodzakelijke cookies laten de site werken en kunnen niet worden uitgeschakeld.',
    'cat.necessary': 'Noodzakelijk',
    'cat.necessary.text': 'Nodig om de site te laten werken, zoals uw winkelmandje en deze keuze.',
    'cat.preferences': 'Voorkeuren',
    'cat.preferences.text': 'Onthouden instellingen, zoals recent bekeken producten.',
    'cat.analytics': 'Statistieken',
    'cat.analytics.text': 'Helpen ons te begrijpen hoe de site wordt gebruikt, zodat we hem kunnen verbeteren.',
    'cat.marketing': 'Marketing',
    'cat.marketing.text': 'Tonen relevante aanbiedingen en meten onze advertenties.',
    details: 'Over {name}',
    company: 'Bedrijf',
    purpose: 'Doel',
    cookies: 'Cookies',
    privacy: 'Privacybeleid',
    transfer: 'Gegevens verlaten het VK/de EER',
    yes: 'Ja',
    no: 'Nee',
    cookie: 'Cookie',
    provider: 'Aanbieder',
    lifetime: 'Bewaartermijn',
    party: 'Geplaatst door',
    first: 'Eigen (first party)',
    third: 'Derde partij',
    site: 'Deze site',
    consent: 'Onthoudt uw cookiekeuzes.',
    days: '{n} dagen',
    none: 'Geen cookies.',
    download: 'Mijn toestemmingsregistratie downloaden',
    'embed.cookies': 'Bij het laden kan {name} cookies plaatsen.',
    'embed.video': 'Video laden',
    'embed.map': 'Kaart laden',
    'embed.content': 'Inhoud laden',
  },
  catalog: {
    'Shows you our adverts on other sites and tells us which adverts led to a purchase.':
      'Toont onze advertenties op andere sites en vertelt ons welke advertenties tot een aankoop leidden.',
    'Shows offers that suit you and reminds you by e-mail of what you left in your basket.':
      'Toont aanbiedingen die bij u passen en herinnert u per e-mail aan wat u in uw winkelmandje liet liggen.',
    'Counts visits and shows us, in totals, how the shop is used.':
      'Telt bezoeken en laat ons in totalen zien hoe de winkel wordt gebruikt.',
    'Records clicks and scrolling so we can see which pages confuse people.':
      'Legt klikken en scrollen vast, zodat we zien welke pagina’s mensen verwarren.',
    'Shows us which features of the shop and app are used, so we can improve them.':
      'Laat ons zien welke functies van de winkel en de app worden gebruikt, zodat we ze kunnen verbeteren.',
    'Tells partner sites that sent you here that you bought something, so they are paid.':
      'Laat partnersites die u hierheen stuurden weten dat u iets hebt gekocht, zodat zij worden betaald.',
    'Links an ad click to a purchase.': 'Koppelt een klik op een advertentie aan een aankoop.',
    'Counts ad views.': 'Telt weergaven van advertenties.',
    'Chooses adverts for you.': 'Kiest advertenties voor u.',
    'Checks cookies work.': 'Controleert of cookies werken.',
    'Tells visitors apart.': 'Onderscheidt bezoekers.',
    'Keeps the visit going.': 'Houdt het bezoek gaande.',
    'Keeps the visit and survey state.': 'Bewaart de status van het bezoek en de enquête.',
    'Remembers which partner sent you.': 'Onthoudt welke partner u heeft gestuurd.',
    '90 days': '90 dagen',
    '13 months': '13 maanden',
    '2 weeks': '2 weken',
    '15 minutes': '15 minuten',
    '2 years': '2 jaar',
    'session to 2 years': 'sessie tot 2 jaar',
    '1 year': '1 jaar',
    '30 minutes to 1 year': '30 minuten tot 1 jaar',
    '30 days': '30 dagen',
    // YouTube's player storage in its own iframe (vendors/youtube.ts, frameStorage)
    'Gives this browser an ID for playing videos on a TV.': 'Geeft deze browser een ID om video’s op een tv af te spelen.',
    'Lists the TVs this browser played videos on.': 'Houdt bij op welke tv’s deze browser video’s heeft afgespeeld.',
    'Keeps your player settings and connection speed.': 'Bewaart uw spelerinstellingen en verbindingssnelheid.',
    "Keeps the player's own records.": 'Bewaart de eigen gegevens van de speler.',
    'Queues what the player sends to YouTube.': 'Zet in de wachtrij wat de speler naar YouTube stuurt.',
    'Keeps the state of playing on a TV.': 'Bewaart de status van het afspelen op een tv.',
    "Lists the player's own databases.": 'Houdt de eigen databases van de speler bij.',
    'Queues usage logs before they are sent to YouTube.': 'Zet gebruikslogs in de wachtrij voordat ze naar YouTube worden gestuurd.',
    '1 day': '1 dag',
    'until you clear it': 'tot u het wist',
    session: 'sessie',
    // The embeds' words (vendors/youtube.ts, vimeo.ts, google-maps.ts): placeholders, preferences, declaration
    'Plays videos from YouTube in our pages; Google learns you watched them.':
      'Speelt video’s van YouTube af op onze pagina’s; Google weet dan dat u ze hebt bekeken.',
    'Counts the videos you watch.': 'Telt de video’s die u bekijkt.',
    'Estimates your connection and suggests videos.': 'Schat uw verbinding in en stelt video’s voor.',
    'Keeps your cookie choice on YouTube.': 'Bewaart uw cookiekeuze op YouTube.',
    'Keeps your player settings.': 'Bewaart uw spelerinstellingen.',
    'Plays videos from Vimeo in our pages; Vimeo counts who watched them.':
      'Speelt video’s van Vimeo af op onze pagina’s; Vimeo telt wie ze heeft bekeken.',
    'Tells viewers apart to count views.': 'Onderscheidt kijkers om weergaven te tellen.',
    'Tells people from bots.': 'Onderscheidt mensen van bots.',
    'Shows our shops on a Google map; Google learns where you looked.':
      'Toont onze winkels op een kaart van Google; Google weet dan waar u hebt gekeken.',
    'Keeps your Google settings and chooses adverts.': 'Bewaart uw Google-instellingen en kiest advertenties.',
    '6 months': '6 maanden',
    '8 months': '8 maanden',
    '30 minutes': '30 minuten',
  },
};

// Kept out of `banner` and `prefs`, so no shopper downloads it: only the tests read it.
export const sameAsEnglish: SameAsEnglish = {
  'cat.marketing': 'Dutch uses the English loanword "Marketing" for this',
  cookies: '"Cookies" is the word Dutch websites use, borrowed from English',
  cookie: '"Cookie" is the word Dutch websites use, borrowed from English',
};
