// German: the UI, the catalog's words and the cookie declaration's headings. Not yet reviewed by a native speaker.
import type { BannerTexts, PrefsPack, SameAsEnglish } from './pack';

/** Read by the docs and tests only; no shipped file carries it. */
export const reviewed = false;

/** The banner's words: all the UI chunk carries of this language. */
export const banner: BannerTexts = {
  title: 'Cookies auf dieser Website',
  body: 'Optionale Cookies für Einstellungen, Analyse und Marketing setzen wir nur, wenn Sie zustimmen. Sie können Ihre Wahl jederzeit ändern.',
  policy: 'Cookie-Richtlinie',
  accept: 'Alle akzeptieren',
  reject: 'Alle ablehnen',
  manage: 'Einstellungen verwalten',
  signal: 'Das Datenschutzsignal Ihres Browsers wird beachtet.',
};

/** The rest: the preferences, the cookie declaration, the placeholders, the catalog's words (the preferences part). */
export const prefs: PrefsPack = {
  text: {
    save: 'Auswahl speichern',
    close: 'Schließen',
    dialog: 'Cookie-Einstellungen',
    intro:
      'Wählen Sie, welche optionalen Cookies wir verwenden dürfen. Notwendige Cookies halten die Website funktionsfähig und lassen sich nicht abschalten.',
    'cat.necessary': 'Notwendig',
    'cat.necessary.text': 'Für den Betrieb der Website nötig, etwa Ihr Warenkorb und diese Auswahl.',
    'cat.preferences': 'Präferenzen',
    'cat.preferences.text': 'Merken sich Einstellungen wie zuletzt angesehene Produkte.',
    'cat.analytics': 'Analyse',
    'cat.analytics.text': 'Helfen uns zu verstehen, wie die Website genutzt wird, um sie zu verbessern.',
    'cat.marketing': 'Marketing',
    'cat.marketing.text': 'Zeigen passende Angebote und messen unsere Werbung.',
    details: 'Über {name}',
    company: 'Unternehmen',
    purpose: 'Zweck',
    cookies: 'Cookies',
    privacy: 'Datenschutzerklärung',
    transfer: 'Daten verlassen UK/EWR',
    yes: 'Ja',
    no: 'Nein',
    cookie: 'Cookie',
    provider: 'Anbieter',
    lifetime: 'Laufzeit',
    party: 'Gesetzt von',
    first: 'Erstanbieter',
    third: 'Drittanbieter',
    site: 'Diese Website',
    consent: 'Speichert Ihre Cookie-Auswahl.',
    days: '{n} Tage',
    none: 'Keine Cookies.',
    download: 'Meinen Einwilligungsnachweis herunterladen',
    'embed.cookies': 'Beim Laden kann {name} Cookies setzen.',
    'embed.video': 'Video laden',
    'embed.map': 'Karte laden',
    'embed.content': 'Inhalt laden',
  },
  catalog: {
    'Shows you our adverts on other sites and tells us which adverts led to a purchase.':
      'Zeigt unsere Werbung auf anderen Websites und sagt uns, welche Anzeigen zu einem Kauf geführt haben.',
    'Shows offers that suit you and reminds you by e-mail of what you left in your basket.':
      'Zeigt Angebote, die zu Ihnen passen, und erinnert Sie per E-Mail daran, was Sie im Warenkorb gelassen haben.',
    'Counts visits and shows us, in totals, how the shop is used.': 'Zählt Besuche und zeigt uns in Summen, wie der Shop genutzt wird.',
    'Records clicks and scrolling so we can see which pages confuse people.':
      'Zeichnet Klicks und Scrollen auf, damit wir sehen, welche Seiten Menschen verwirren.',
    'Shows us which features of the shop and app are used, so we can improve them.':
      'Zeigt uns, welche Funktionen des Shops und der App genutzt werden, damit wir sie verbessern können.',
    'Tells partner sites that sent you here that you bought something, so they are paid.':
      'Teilt Partnerseiten, die Sie hierher geschickt haben, mit, dass Sie etwas gekauft haben, damit sie bezahlt werden.',
    'Links an ad click to a purchase.': 'Verknüpft einen Klick auf eine Anzeige mit einem Kauf.',
    'Counts ad views.': 'Zählt Anzeigenaufrufe.',
    'Chooses adverts for you.': 'Wählt Anzeigen für Sie aus.',
    'Checks cookies work.': 'Prüft, ob Cookies funktionieren.',
    'Tells visitors apart.': 'Unterscheidet Besucher.',
    'Keeps the visit going.': 'Hält den Besuch aufrecht.',
    'Keeps the visit and survey state.': 'Speichert den Stand von Besuch und Umfrage.',
    'Remembers which partner sent you.': 'Merkt sich, welcher Partner Sie geschickt hat.',
    '90 days': '90 Tage',
    '13 months': '13 Monate',
    '2 weeks': '2 Wochen',
    '15 minutes': '15 Minuten',
    '2 years': '2 Jahre',
    'session to 2 years': 'Sitzung bis 2 Jahre',
    '1 year': '1 Jahr',
    '30 minutes to 1 year': '30 Minuten bis 1 Jahr',
    '30 days': '30 Tage',
    // YouTube's player storage in its own iframe (vendors/youtube.ts, frameStorage)
    'Gives this browser an ID for playing videos on a TV.': 'Gibt diesem Browser eine Kennung, um Videos auf einem Fernseher abzuspielen.',
    'Lists the TVs this browser played videos on.': 'Listet die Fernseher auf, auf denen dieser Browser Videos abgespielt hat.',
    'Keeps your player settings and connection speed.': 'Speichert Ihre Player-Einstellungen und Ihre Verbindungsgeschwindigkeit.',
    "Keeps the player's own records.": 'Speichert die eigenen Datensätze des Players.',
    'Queues what the player sends to YouTube.': 'Sammelt in einer Warteschlange, was der Player an YouTube sendet.',
    'Keeps the state of playing on a TV.': 'Speichert den Stand der Wiedergabe auf einem Fernseher.',
    "Lists the player's own databases.": 'Listet die eigenen Datenbanken des Players auf.',
    'Queues usage logs before they are sent to YouTube.':
      'Sammelt Nutzungsprotokolle in einer Warteschlange, bevor sie an YouTube gesendet werden.',
    '1 day': '1 Tag',
    'until you clear it': 'bis Sie es löschen',
    session: 'Sitzung',
    // The embeds' words (vendors/youtube.ts, vimeo.ts, google-maps.ts): placeholders, preferences, declaration
    'Plays videos from YouTube in our pages; Google learns you watched them.':
      'Spielt Videos von YouTube auf unseren Seiten ab; Google erfährt, dass Sie sie angesehen haben.',
    'Counts the videos you watch.': 'Zählt die Videos, die Sie ansehen.',
    'Estimates your connection and suggests videos.': 'Schätzt Ihre Verbindung ein und schlägt Videos vor.',
    'Keeps your cookie choice on YouTube.': 'Speichert Ihre Cookie-Auswahl auf YouTube.',
    'Keeps your player settings.': 'Speichert Ihre Player-Einstellungen.',
    'Plays videos from Vimeo in our pages; Vimeo counts who watched them.':
      'Spielt Videos von Vimeo auf unseren Seiten ab; Vimeo zählt, wer sie angesehen hat.',
    'Tells viewers apart to count views.': 'Unterscheidet Zuschauer, um Aufrufe zu zählen.',
    'Tells people from bots.': 'Unterscheidet Menschen von Bots.',
    'Shows our shops on a Google map; Google learns where you looked.':
      'Zeigt unsere Geschäfte auf einer Google-Karte; Google erfährt, wohin Sie geschaut haben.',
    'Keeps your Google settings and chooses adverts.': 'Speichert Ihre Google-Einstellungen und wählt Anzeigen aus.',
    '6 months': '6 Monate',
    '8 months': '8 Monate',
    '30 minutes': '30 Minuten',
  },
};

// Kept out of `banner` and `prefs`, so no shopper downloads it: only the tests read it.
export const sameAsEnglish: SameAsEnglish = {
  'cat.marketing': 'German uses the English loanword "Marketing" for this',
  cookies: '"Cookies" is the word German websites use, borrowed from English',
  cookie: '"Cookie" is the word German websites use, borrowed from English',
};
