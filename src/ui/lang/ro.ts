// Romanian: the UI, the catalog's words and the cookie declaration's headings. Not yet reviewed by a native speaker.
import type { BannerTexts, PrefsPack, SameAsEnglish } from './pack';

/** Read by the docs and tests only; no shipped file carries it. */
export const reviewed = false;

/** The banner's words: all the UI chunk carries of this language. */
export const banner: BannerTexts = {
  title: 'Cookie-uri pe acest site',
  body: 'Folosim cookie-uri opționale pentru preferințe, analiză și marketing doar dacă le acceptați. Vă puteți răzgândi oricând.',
  policy: 'Politica privind cookie-urile',
  accept: 'Acceptă toate',
  reject: 'Respinge toate',
  manage: 'Gestionează preferințele',
  signal: 'Semnalul de confidențialitate al browserului dvs. este respectat.',
};

/** The rest: the preferences, the cookie declaration, the placeholders, the catalog's words (the preferences part). */
export const prefs: PrefsPack = {
  text: {
    save: 'Salvează preferințele',
    close: 'Închide',
    dialog: 'Preferințe cookie-uri',
    intro: 'Alegeți ce cookie-uri opționale putem folosi. Cookie-urile necesare mențin site-ul funcțional și nu pot fi dezactivate.',
    'cat.necessary': 'Necesare',
    'cat.necessary.text': 'Necesare pentru funcționarea site-ului, cum ar fi coșul dvs. și această alegere.',
    'cat.preferences': 'Preferințe',
    'cat.preferences.text': 'Rețin setări, cum ar fi produsele văzute recent.',
    'cat.analytics': 'Analiză',
    'cat.analytics.text': 'Ne ajută să înțelegem cum este folosit site-ul, ca să-l putem îmbunătăți.',
    'cat.marketing': 'Marketing',
    'cat.marketing.text': 'Afișează oferte relevante și măsoară publicitatea noastră.',
    details: 'Despre {name}',
    company: 'Companie',
    purpose: 'Scop',
    cookies: 'Cookie-uri',
    privacy: 'Politica de confidențialitate',
    transfer: 'Datele părăsesc Regatul Unit/SEE',
    yes: 'Da',
    no: 'Nu',
    cookie: 'Cookie',
    provider: 'Furnizor',
    lifetime: 'Durată',
    party: 'Setat de',
    first: 'Primă parte',
    third: 'Terță parte',
    site: 'Acest site',
    consent: 'Reține alegerile dvs. privind cookie-urile.',
    days: '{n} zile',
    none: 'Niciun cookie.',
    download: 'Descarcă înregistrarea consimțământului meu',
    'embed.cookies': 'La încărcare, {name} poate plasa cookie-uri.',
    'embed.video': 'Încarcă videoclipul',
    'embed.map': 'Încarcă harta',
    'embed.content': 'Încarcă conținutul',
  },
  catalog: {
    'Shows you our adverts on other sites and tells us which adverts led to a purchase.':
      'Afișează reclamele noastre pe alte site-uri și ne spune ce reclame au dus la o cumpărare.',
    'Shows offers that suit you and reminds you by e-mail of what you left in your basket.':
      'Afișează oferte potrivite pentru dvs. și vă amintește prin e-mail ce ați lăsat în coș.',
    'Counts visits and shows us, in totals, how the shop is used.': 'Numără vizitele și ne arată, cumulat, cum este folosit magazinul.',
    'Records clicks and scrolling so we can see which pages confuse people.':
      'Înregistrează clicurile și derularea, ca să vedem ce pagini îi derutează pe oameni.',
    'Shows us which features of the shop and app are used, so we can improve them.':
      'Ne arată ce funcții ale magazinului și ale aplicației sunt folosite, ca să le putem îmbunătăți.',
    'Tells partner sites that sent you here that you bought something, so they are paid.':
      'Anunță site-urile partenere care v-au trimis aici că ați cumpărat ceva, ca să fie plătite.',
    'Links an ad click to a purchase.': 'Leagă un clic pe o reclamă de o cumpărare.',
    'Counts ad views.': 'Numără afișările reclamelor.',
    'Chooses adverts for you.': 'Alege reclame pentru dvs.',
    'Checks cookies work.': 'Verifică dacă cookie-urile funcționează.',
    'Tells visitors apart.': 'Deosebește vizitatorii.',
    'Keeps the visit going.': 'Menține vizita activă.',
    'Keeps the visit and survey state.': 'Păstrează starea vizitei și a sondajului.',
    'Remembers which partner sent you.': 'Reține ce partener v-a trimis.',
    '90 days': '90 de zile',
    '13 months': '13 luni',
    '2 weeks': '2 săptămâni',
    '15 minutes': '15 minute',
    '2 years': '2 ani',
    'session to 2 years': 'de la sesiune la 2 ani',
    '1 year': '1 an',
    '30 minutes to 1 year': 'de la 30 de minute la 1 an',
    '30 days': '30 de zile',
    // YouTube's player storage in its own iframe (vendors/youtube.ts, frameStorage)
    'Gives this browser an ID for playing videos on a TV.':
      'Îi atribuie acestui browser un ID pentru redarea videoclipurilor pe un televizor.',
    'Lists the TVs this browser played videos on.': 'Enumeră televizoarele pe care acest browser a redat videoclipuri.',
    'Keeps your player settings and connection speed.': 'Păstrează setările playerului dvs. și viteza conexiunii.',
    "Keeps the player's own records.": 'Păstrează înregistrările proprii ale playerului.',
    'Queues what the player sends to YouTube.': 'Pune în coadă ceea ce playerul trimite către YouTube.',
    'Keeps the state of playing on a TV.': 'Păstrează starea redării pe un televizor.',
    "Lists the player's own databases.": 'Enumeră bazele de date proprii ale playerului.',
    'Queues usage logs before they are sent to YouTube.': 'Pune în coadă jurnalele de utilizare înainte de a fi trimise către YouTube.',
    '1 day': '1 zi',
    'until you clear it': 'până când îl ștergeți',
    session: 'sesiune',
    // The embeds' words (vendors/youtube.ts, vimeo.ts, google-maps.ts): placeholders, preferences, declaration
    'Plays videos from YouTube in our pages; Google learns you watched them.':
      'Redă videoclipuri de pe YouTube în paginile noastre; Google află că le-ați urmărit.',
    'Counts the videos you watch.': 'Numără videoclipurile pe care le urmăriți.',
    'Estimates your connection and suggests videos.': 'Estimează conexiunea dvs. și sugerează videoclipuri.',
    'Keeps your cookie choice on YouTube.': 'Păstrează alegerea dvs. privind cookie-urile pe YouTube.',
    'Keeps your player settings.': 'Păstrează setările playerului dvs.',
    'Plays videos from Vimeo in our pages; Vimeo counts who watched them.':
      'Redă videoclipuri de pe Vimeo în paginile noastre; Vimeo numără cine le-a urmărit.',
    'Tells viewers apart to count views.': 'Deosebește spectatorii pentru a număra vizionările.',
    'Tells people from bots.': 'Deosebește oamenii de roboți.',
    'Shows our shops on a Google map; Google learns where you looked.':
      'Arată magazinele noastre pe o hartă Google; Google află unde v-ați uitat.',
    'Keeps your Google settings and chooses adverts.': 'Păstrează setările dvs. Google și alege reclame.',
    '6 months': '6 luni',
    '8 months': '8 luni',
    '30 minutes': '30 de minute',
  },
};

// Kept out of `banner` and `prefs`, so no shopper downloads it: only the tests read it.
export const sameAsEnglish: SameAsEnglish = {
  'cat.marketing': 'Romanian uses the English loanword "Marketing" for this',
  cookie: '"Cookie" is the word Romanian websites use, borrowed from English',
};
