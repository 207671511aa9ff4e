// French: the UI, the catalog's words and the cookie declaration's headings. Not yet reviewed by a native speaker.
import type { BannerTexts, PrefsPack, SameAsEnglish } from './pack';

/** Read by the docs and tests only; no shipped file carries it. */
export const reviewed = false;

/** The banner's words: all the UI chunk carries of this language. */
export const banner: BannerTexts = {
  title: 'Cookies sur ce site',
  body: 'Nous n’utilisons des cookies facultatifs (préférences, mesure d’audience, marketing) que si vous les acceptez. Vous pouvez changer d’avis à tout moment.',
  policy: 'Politique cookies',
  accept: 'Tout accepter',
  reject: 'Tout refuser',
  manage: 'Gérer mes choix',
  signal: 'Le signal de confidentialité de votre navigateur est respecté.',
};

/** The rest: the preferences, the cookie declaration, the placeholders, the catalog's words (the preferences part). */
export const prefs: PrefsPack = {
  text: {
    save: 'Enregistrer mes choix',
    close: 'Fermer',
    dialog: 'Préférences cookies',
    intro:
      'Choisissez les cookies facultatifs que nous pouvons utiliser. Les cookies nécessaires font fonctionner le site et ne peuvent pas être désactivés.',
    'cat.necessary': 'Nécessaires',
    'cat.necessary.text': 'Indispensables au fonctionnement du site, comme votre panier et ce choix.',
    'cat.preferences': 'Préférences',
    'cat.preferences.text': 'Mémorisent vos réglages, comme les produits consultés récemment.',
    'cat.analytics': 'Mesure d’audience',
    'cat.analytics.text': 'Nous aident à comprendre l’utilisation du site pour l’améliorer.',
    'cat.marketing': 'Marketing',
    'cat.marketing.text': 'Affichent des offres pertinentes et mesurent nos publicités.',
    details: 'À propos de {name}',
    company: 'Société',
    purpose: 'Finalité',
    cookies: 'Cookies',
    privacy: 'Politique de confidentialité',
    transfer: 'Données transférées hors UK/EEE',
    yes: 'Oui',
    no: 'Non',
    cookie: 'Cookie',
    provider: 'Fournisseur',
    lifetime: 'Durée',
    party: 'Déposé par',
    first: 'Première partie',
    third: 'Tierce partie',
    site: 'Ce site',
    consent: 'Mémorise vos choix de cookies.',
    days: '{n} jours',
    none: 'Aucun cookie.',
    download: 'Télécharger mon enregistrement de consentement',
    'embed.cookies': 'Le charger permet à {name} de déposer des cookies.',
    'embed.video': 'Charger la vidéo',
    'embed.map': 'Charger la carte',
    'embed.content': 'Charger le contenu',
  },
  catalog: {
    'Shows you our adverts on other sites and tells us which adverts led to a purchase.':
      'Affiche nos publicités sur d’autres sites et nous indique quelles publicités ont mené à un achat.',
    'Shows offers that suit you and reminds you by e-mail of what you left in your basket.':
      'Affiche des offres qui vous correspondent et vous rappelle par e-mail ce que vous avez laissé dans votre panier.',
    'Counts visits and shows us, in totals, how the shop is used.':
      'Compte les visites et nous montre, en chiffres globaux, comment la boutique est utilisée.',
    'Records clicks and scrolling so we can see which pages confuse people.':
      'Enregistre les clics et le défilement pour que nous voyions quelles pages déroutent les visiteurs.',
    'Shows us which features of the shop and app are used, so we can improve them.':
      'Nous montre quelles fonctions de la boutique et de l’application sont utilisées, pour les améliorer.',
    'Tells partner sites that sent you here that you bought something, so they are paid.':
      'Indique aux sites partenaires qui vous ont envoyé ici que vous avez acheté quelque chose, pour qu’ils soient rémunérés.',
    'Links an ad click to a purchase.': 'Relie un clic sur une publicité à un achat.',
    'Counts ad views.': 'Compte les affichages de publicités.',
    'Chooses adverts for you.': 'Choisit des publicités pour vous.',
    'Checks cookies work.': 'Vérifie que les cookies fonctionnent.',
    'Tells visitors apart.': 'Distingue les visiteurs.',
    'Keeps the visit going.': 'Maintient la visite.',
    'Keeps the visit and survey state.': 'Conserve l’état de la visite et des enquêtes.',
    'Remembers which partner sent you.': 'Mémorise quel partenaire vous a envoyé.',
    '90 days': '90 jours',
    '13 months': '13 mois',
    '2 weeks': '2 semaines',
    '15 minutes': '15 minutes',
    '2 years': '2 ans',
    'session to 2 years': 'de la session à 2 ans',
    '1 year': '1 an',
    '30 minutes to 1 year': 'de 30 minutes à 1 an',
    '30 days': '30 jours',
    // YouTube's player storage in its own iframe (vendors/youtube.ts, frameStorage)
    'Gives this browser an ID for playing videos on a TV.': 'Donne à ce navigateur un identifiant pour lire des vidéos sur un téléviseur.',
    'Lists the TVs this browser played videos on.': 'Liste les téléviseurs sur lesquels ce navigateur a lu des vidéos.',
    'Keeps your player settings and connection speed.': 'Conserve les réglages de votre lecteur et votre vitesse de connexion.',
    "Keeps the player's own records.": 'Conserve les enregistrements propres au lecteur.',
    'Queues what the player sends to YouTube.': 'Met en file d’attente ce que le lecteur envoie à YouTube.',
    'Keeps the state of playing on a TV.': 'Conserve l’état de la lecture sur un téléviseur.',
    "Lists the player's own databases.": 'Liste les bases de données propres au lecteur.',
    'Queues usage logs before they are sent to YouTube.': 'Met en file d’attente les journaux d’utilisation avant leur envoi à YouTube.',
    '1 day': '1 jour',
    'until you clear it': 'jusqu’à ce que vous l’effaciez',
    session: 'session',
    // The embeds' words (vendors/youtube.ts, vimeo.ts, google-maps.ts): placeholders, preferences, declaration
    'Plays videos from YouTube in our pages; Google learns you watched them.':
      'Lit des vidéos YouTube dans nos pages ; Google apprend que vous les avez regardées.',
    'Counts the videos you watch.': 'Compte les vidéos que vous regardez.',
    'Estimates your connection and suggests videos.': 'Estime votre connexion et suggère des vidéos.',
    'Keeps your cookie choice on YouTube.': 'Conserve votre choix de cookies sur YouTube.',
    'Keeps your player settings.': 'Conserve les réglages de votre lecteur.',
    'Plays videos from Vimeo in our pages; Vimeo counts who watched them.':
      'Lit des vidéos Vimeo dans nos pages ; Vimeo compte qui les a regardées.',
    'Tells viewers apart to count views.': 'Distingue les spectateurs pour compter les vues.',
    'Tells people from bots.': 'Distingue les humains des robots.',
    'Shows our shops on a Google map; Google learns where you looked.':
      'Affiche nos magasins sur une carte Google ; Google apprend où vous avez regardé.',
    'Keeps your Google settings and chooses adverts.': 'Conserve vos paramètres Google et choisit des publicités.',
    '6 months': '6 mois',
    '8 months': '8 mois',
    '30 minutes': '30 minutes',
  },
};

// Kept out of `banner` and `prefs`, so no shopper downloads it: only the tests read it.
export const sameAsEnglish: SameAsEnglish = {
  'cat.marketing': 'French uses the English loanword "Marketing" for this',
  cookies: '"Cookies" is the word French websites use, borrowed from English',
  cookie: '"Cookie" is the word French websites use, borrowed from English',
  '15 minutes': 'French writes "15 minutes" as English does',
  session: 'French writes "session" as English does',
  '30 minutes': 'French writes "30 minutes" as English does',
};
