// Italian: the UI, the catalog's words and the cookie declaration's headings. Not yet reviewed by a native speaker.
import type { BannerTexts, PrefsPack, SameAsEnglish } from './pack';

/** Read by the docs and tests only; no shipped file carries it. */
export const reviewed = false;

/** The banner's words: all the UI chunk carries of this language. */
export const banner: BannerTexts = {
  title: 'Cookie su questo sito',
  body: 'Usiamo cookie facoltativi per preferenze, statistiche e marketing solo se li accetti. Puoi cambiare idea in qualsiasi momento.',
  policy: 'Informativa sui cookie',
  accept: 'Accetta tutti',
  reject: 'Rifiuta tutti',
  manage: 'Gestisci preferenze',
  signal: 'Il segnale di privacy del tuo browser viene rispettato.',
};

/** The rest: the preferences, the cookie declaration, the placeholders, the catalog's words (the preferences part). */
export const prefs: PrefsPack = {
  text: {
    save: 'Salva preferenze',
    close: 'Chiudi',
    dialog: 'Preferenze cookie',
    intro: 'Scegli quali cookie facoltativi possiamo usare. I cookie necessari fanno funzionare il sito e non possono essere disattivati.',
    'cat.necessary': 'Necessari',
    'cat.necessary.text': 'Servono al funzionamento del sito, come il tuo carrello e questa scelta.',
    'cat.preferences': 'Preferenze',
    'cat.preferences.text': 'Ricordano impostazioni come i prodotti visti di recente.',
    'cat.analytics': 'Statistiche',
    'cat.analytics.text': 'Ci aiutano a capire come viene usato il sito per migliorarlo.',
    'cat.marketing': 'Marketing',
    'cat.marketing.text': 'Mostrano offerte pertinenti e misurano la nostra pubblicità.',
    details: 'Informazioni su {name}',
    company: 'Società',
    purpose: 'Finalità',
    cookies: 'Cookie',
    privacy: 'Informativa sulla privacy',
    transfer: 'I dati escono dal Regno Unito/SEE',
    yes: 'Sì',
    no: 'No',
    cookie: 'Cookie',
    provider: 'Fornitore',
    lifetime: 'Durata',
    party: 'Impostato da',
    first: 'Prima parte',
    third: 'Terza parte',
    site: 'Questo sito',
    consent: 'Ricorda le tue scelte sui cookie.',
    days: '{n} giorni',
    none: 'Nessun cookie.',
    download: 'Scarica la mia registrazione del consenso',
    'embed.cookies': 'Caricandolo, {name} potrà impostare cookie.',
    'embed.video': 'Carica il video',
    'embed.map': 'Carica la mappa',
    'embed.content': 'Carica il contenuto',
  },
  catalog: {
    'Shows you our adverts on other sites and tells us which adverts led to a purchase.':
      'Mostra i nostri annunci su altri siti e ci dice quali annunci hanno portato a un acquisto.',
    'Shows offers that suit you and reminds you by e-mail of what you left in your basket.':
      'Mostra offerte adatte a te e ti ricorda via e-mail cosa hai lasciato nel carrello.',
    'Counts visits and shows us, in totals, how the shop is used.':
      'Conta le visite e ci mostra, in forma aggregata, come viene usato il negozio.',
    'Records clicks and scrolling so we can see which pages confuse people.':
      'Registra clic e scorrimento per vedere quali pagine confondono le persone.',
    'Shows us which features of the shop and app are used, so we can improve them.':
      'Ci mostra quali funzioni del negozio e dell’app vengono usate, per migliorarle.',
    'Tells partner sites that sent you here that you bought something, so they are paid.':
      'Comunica ai siti partner che ti hanno indirizzato qui che hai acquistato qualcosa, perché vengano pagati.',
    'Links an ad click to a purchase.': 'Collega un clic su un annuncio a un acquisto.',
    'Counts ad views.': 'Conta le visualizzazioni degli annunci.',
    'Chooses adverts for you.': 'Sceglie annunci per te.',
    'Checks cookies work.': 'Verifica che i cookie funzionino.',
    'Tells visitors apart.': 'Distingue i visitatori.',
    'Keeps the visit going.': 'Mantiene attiva la visita.',
    'Keeps the visit and survey state.': 'Conserva lo stato della visita e dei sondaggi.',
    'Remembers which partner sent you.': 'Ricorda quale partner ti ha indirizzato.',
    '90 days': '90 giorni',
    '13 months': '13 mesi',
    '2 weeks': '2 settimane',
    '15 minutes': '15 minuti',
    '2 years': '2 anni',
    'session to 2 years': 'dalla sessione a 2 anni',
    '1 year': '1 anno',
    '30 minutes to 1 year': 'da 30 minuti a 1 anno',
    '30 days': '30 giorni',
    // YouTube's player storage in its own iframe (vendors/youtube.ts, frameStorage)
    'Gives this browser an ID for playing videos on a TV.': 'Assegna a questo browser un ID per riprodurre video su una TV.',
    'Lists the TVs this browser played videos on.': 'Elenca le TV su cui questo browser ha riprodotto video.',
    'Keeps your player settings and connection speed.': 'Conserva le impostazioni del tuo player e la velocità della tua connessione.',
    "Keeps the player's own records.": 'Conserva i registri propri del player.',
    'Queues what the player sends to YouTube.': 'Mette in coda ciò che il player invia a YouTube.',
    'Keeps the state of playing on a TV.': 'Conserva lo stato della riproduzione su una TV.',
    "Lists the player's own databases.": 'Elenca i database propri del player.',
    'Queues usage logs before they are sent to YouTube.': 'Mette in coda i log di utilizzo prima che vengano inviati a YouTube.',
    '1 day': '1 giorno',
    'until you clear it': 'finché non lo cancelli',
    session: 'sessione',
    // The embeds' words (vendors/youtube.ts, vimeo.ts, google-maps.ts): placeholders, preferences, declaration
    'Plays videos from YouTube in our pages; Google learns you watched them.':
      'Riproduce video di YouTube nelle nostre pagine; Google viene a sapere che li hai guardati.',
    'Counts the videos you watch.': 'Conta i video che guardi.',
    'Estimates your connection and suggests videos.': 'Stima la tua connessione e suggerisce video.',
    'Keeps your cookie choice on YouTube.': 'Conserva su YouTube la tua scelta sui cookie.',
    'Keeps your player settings.': 'Conserva le impostazioni del tuo player.',
    'Plays videos from Vimeo in our pages; Vimeo counts who watched them.':
      'Riproduce video di Vimeo nelle nostre pagine; Vimeo conta chi li ha guardati.',
    'Tells viewers apart to count views.': 'Distingue gli spettatori per contare le visualizzazioni.',
    'Tells people from bots.': 'Distingue le persone dai bot.',
    'Shows our shops on a Google map; Google learns where you looked.':
      'Mostra i nostri negozi su una mappa Google; Google viene a sapere dove hai guardato.',
    'Keeps your Google settings and chooses adverts.': 'Conserva le tue impostazioni Google e sceglie annunci.',
    '6 months': '6 mesi',
    '8 months': '8 mesi',
    '30 minutes': '30 minuti',
  },
};

// Kept out of `banner` and `prefs`, so no shopper downloads it: only the tests read it.
export const sameAsEnglish: SameAsEnglish = {
  'cat.marketing': 'Italian uses the English loanword "Marketing" for this',
  no: '"No" is the Italian word for no',
  cookie: '"Cookie" is the word Italian websites use, borrowed from English',
};
