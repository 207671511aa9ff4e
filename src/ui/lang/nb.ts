// Norwegian Bokmål: the UI, the catalog's words and the cookie declaration's headings. Not yet reviewed by a native speaker.
import type { BannerTexts, PrefsPack, SameAsEnglish } from './pack';

/** Read by the docs and tests only; no shipped file carries it. */
export const reviewed = false;

/** The banner's words: all the UI chunk carries of this language. */
export const banner: BannerTexts = {
  title: 'Informasjonskapsler på dette nettstedet',
  body: 'Vi bruker valgfrie informasjonskapsler til innstillinger, statistikk og markedsføring bare hvis du godtar dem. Du kan ombestemme deg når som helst.',
  policy: 'Retningslinjer for informasjonskapsler',
  accept: 'Godta alle',
  reject: 'Avvis alle',
  manage: 'Administrer innstillinger',
  signal: 'Nettleserens personvernsignal blir respektert.',
};

/** The rest: the preferences, the cookie declaration, the placeholders, the catalog's words (the preferences part). */
export const prefs: PrefsPack = {
  text: {
    save: 'Lagre innstillinger',
    close: 'Lukk',
    dialog: 'Innstillinger for informasjonskapsler',
    intro:
      'Velg hvilke valgfrie informasjonskapsler vi kan bruke. Nødvendige informasjonskapsler holder nettstedet i gang og kan ikke slås av.',
    'cat.necessary': 'Nødvendige',
    'cat.necessary.text': 'Trengs for at nettstedet skal fungere, for eksempel handlekurven din og dette valget.',
    'cat.preferences': 'Innstillinger',
    'cat.preferences.text': 'Husker innstillinger, for eksempel produkter du nylig har sett.',
    'cat.analytics': 'Statistikk',
    'cat.analytics.text': 'Hjelper oss å forstå hvordan nettstedet brukes, slik at vi kan forbedre det.',
    'cat.marketing': 'Markedsføring',
    'cat.marketing.text': 'Viser relevante tilbud og måler annonseringen vår.',
    details: 'Om {name}',
    company: 'Selskap',
    purpose: 'Formål',
    cookies: 'Informasjonskapsler',
    privacy: 'Personvernerklæring',
    transfer: 'Data forlater Storbritannia/EØS',
    yes: 'Ja',
    no: 'Nei',
    cookie: 'Informasjonskapsel',
    provider: 'Leverandør',
    lifetime: 'Varighet',
    party: 'Satt av',
    first: 'Førstepart',
    third: 'Tredjepart',
    site: 'Dette nettstedet',
    consent: 'Husker valgene dine for informasjonskapsler.',
    days: '{n} dager',
    none: 'Ingen informasjonskapsler.',
    download: 'Last ned mitt samtykkeregister',
    'embed.cookies': 'Når det lastes, kan {name} lagre informasjonskapsler.',
    'embed.video': 'Last inn video',
    'embed.map': 'Last inn kart',
    'embed.content': 'Last inn innhold',
  },
  catalog: {
    'Shows you our adverts on other sites and tells us which adverts led to a purchase.':
      'Viser annonsene våre på andre nettsteder og forteller oss hvilke annonser som førte til et kjøp.',
    'Shows offers that suit you and reminds you by e-mail of what you left in your basket.':
      'Viser tilbud som passer deg, og minner deg på e-post om det du la igjen i handlekurven.',
    'Counts visits and shows us, in totals, how the shop is used.': 'Teller besøk og viser oss, samlet, hvordan butikken brukes.',
    'Records clicks and scrolling so we can see which pages confuse people.':
      'Registrerer klikk og rulling, slik at vi ser hvilke sider som forvirrer folk.',
    'Shows us which features of the shop and app are used, so we can improve them.':
      'Viser oss hvilke funksjoner i butikken og appen som brukes, slik at vi kan forbedre dem.',
    'Tells partner sites that sent you here that you bought something, so they are paid.':
      'Forteller partnernettsteder som sendte deg hit, at du har kjøpt noe, slik at de får betalt.',
    'Links an ad click to a purchase.': 'Knytter et annonseklikk til et kjøp.',
    'Counts ad views.': 'Teller annonsevisninger.',
    'Chooses adverts for you.': 'Velger annonser for deg.',
    'Checks cookies work.': 'Sjekker at informasjonskapsler virker.',
    'Tells visitors apart.': 'Skiller besøkende fra hverandre.',
    'Keeps the visit going.': 'Holder besøket i gang.',
    'Keeps the visit and survey state.': 'Tar vare på tilstanden til besøket og undersøkelsen.',
    'Remembers which partner sent you.': 'Husker hvilken partner som sendte deg.',
    '90 days': '90 dager',
    '13 months': '13 måneder',
    '2 weeks': '2 uker',
    '15 minutes': '15 minutter',
    '2 years': '2 år',
    'session to 2 years': 'økten til 2 år',
    '1 year': '1 år',
    '30 minutes to 1 year': '30 minutter til 1 år',
    '30 days': '30 dager',
    // YouTube's player storage in its own iframe (vendors/youtube.ts, frameStorage)
    'Gives this browser an ID for playing videos on a TV.': 'Gir denne nettleseren en ID for å spille av videoer på en TV.',
    'Lists the TVs this browser played videos on.': 'Viser en liste over TV-ene denne nettleseren har spilt av videoer på.',
    'Keeps your player settings and connection speed.': 'Tar vare på spillerinnstillingene og tilkoblingshastigheten din.',
    "Keeps the player's own records.": 'Tar vare på spillerens egne registreringer.',
    'Queues what the player sends to YouTube.': 'Legger det spilleren sender til YouTube, i kø.',
    'Keeps the state of playing on a TV.': 'Tar vare på tilstanden for avspilling på en TV.',
    "Lists the player's own databases.": 'Viser en liste over spillerens egne databaser.',
    'Queues usage logs before they are sent to YouTube.': 'Legger brukslogger i kø før de sendes til YouTube.',
    '1 day': '1 dag',
    'until you clear it': 'til du sletter den',
    session: 'økt',
    // The embeds' words (vendors/youtube.ts, vimeo.ts, google-maps.ts): placeholders, preferences, declaration
    'Plays videos from YouTube in our pages; Google learns you watched them.':
      'Spiller av videoer fra YouTube på sidene våre; Google får vite at du har sett dem.',
    'Counts the videos you watch.': 'Teller videoene du ser.',
    'Estimates your connection and suggests videos.': 'Anslår tilkoblingen din og foreslår videoer.',
    'Keeps your cookie choice on YouTube.': 'Tar vare på valget ditt om informasjonskapsler på YouTube.',
    'Keeps your player settings.': 'Tar vare på spillerinnstillingene dine.',
    'Plays videos from Vimeo in our pages; Vimeo counts who watched them.':
      'Spiller av videoer fra Vimeo på sidene våre; Vimeo teller hvem som har sett dem.',
    'Tells viewers apart to count views.': 'Skiller seere fra hverandre for å telle visninger.',
    'Tells people from bots.': 'Skiller mennesker fra roboter.',
    'Shows our shops on a Google map; Google learns where you looked.':
      'Viser butikkene våre på et Google-kart; Google får vite hvor du så.',
    'Keeps your Google settings and chooses adverts.': 'Tar vare på Google-innstillingene dine og velger annonser.',
    '6 months': '6 måneder',
    '8 months': '8 måneder',
    '30 minutes': '30 minutter',
  },
};

// Kept out of `banner` and `prefs`, so no shopper downloads it: only the tests read it.
export const sameAsEnglish: SameAsEnglish = {};
