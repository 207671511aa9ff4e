// Slovenian: the UI, the catalog's words and the cookie declaration's headings. Not yet reviewed by a native speaker.
import type { BannerTexts, PrefsPack, SameAsEnglish } from './pack';

/** Read by the docs and tests only; no shipped file carries it. */
export const reviewed = false;

/** The banner's words: all the UI chunk carries of this language. */
export const banner: BannerTexts = {
  title: 'Piškotki na tem spletnem mestu',
  body: 'Izbirne piškotke za nastavitve, analitiko in trženje uporabljamo le, če jih sprejmete. Svojo odločitev lahko kadar koli spremenite.',
  policy: 'Politika piškotkov',
  accept: 'Sprejmi vse',
  reject: 'Zavrni vse',
  manage: 'Upravljaj nastavitve',
  signal: 'Signal zasebnosti vašega brskalnika upoštevamo.',
};

/** The rest: the preferences, the cookie declaration, the placeholders, the catalog's words (the preferences part). */
export const prefs: PrefsPack = {
  text: {
    save: 'Shrani nastavitve',
    close: 'Zapri',
    dialog: 'Nastavitve piškotkov',
    intro:
      'Izberite, katere izbirne piškotke lahko uporabljamo. Nujni piškotki omogočajo delovanje spletnega mesta in jih ni mogoče izklopiti.',
    'cat.necessary': 'Nujni',
    'cat.necessary.text': 'Potrebni za delovanje spletnega mesta, na primer vaša košarica in ta izbira.',
    'cat.preferences': 'Nastavitve',
    'cat.preferences.text': 'Zapomnijo si nastavitve, na primer nedavno ogledane izdelke.',
    'cat.analytics': 'Analitika',
    'cat.analytics.text': 'Pomagajo nam razumeti, kako se spletno mesto uporablja, da ga lahko izboljšamo.',
    'cat.marketing': 'Trženje',
    'cat.marketing.text': 'Prikazujejo ustrezne ponudbe in merijo naše oglaševanje.',
    details: 'O {name}',
    company: 'Podjetje',
    purpose: 'Namen',
    cookies: 'Piškotki',
    privacy: 'Politika zasebnosti',
    transfer: 'Podatki zapustijo Združeno kraljestvo/EGP',
    yes: 'Da',
    no: 'Ne',
    cookie: 'Piškotek',
    provider: 'Ponudnik',
    lifetime: 'Trajanje',
    party: 'Nastavi',
    first: 'Prve osebe',
    third: 'Tretje osebe',
    site: 'To spletno mesto',
    consent: 'Zapomni si vaše izbire piškotkov.',
    days: '{n} dni',
    none: 'Ni piškotkov.',
    download: 'Prenesi moj zapis o privolitvi',
    'embed.cookies': 'Z nalaganjem {name} lahko shrani piškotke.',
    'embed.video': 'Naloži videoposnetek',
    'embed.map': 'Naloži zemljevid',
    'embed.content': 'Naloži vsebino',
  },
  catalog: {
    'Shows you our adverts on other sites and tells us which adverts led to a purchase.':
      'Prikazuje naše oglase na drugih spletnih mestih in nam pove, kateri oglasi so vodili do nakupa.',
    'Shows offers that suit you and reminds you by e-mail of what you left in your basket.':
      'Prikazuje ponudbe, ki vam ustrezajo, in vas po e-pošti opomni, kaj ste pustili v košarici.',
    'Counts visits and shows us, in totals, how the shop is used.':
      'Šteje obiske in nam v skupnih številkah pokaže, kako se trgovina uporablja.',
    'Records clicks and scrolling so we can see which pages confuse people.':
      'Beleži klike in pomikanje, da vidimo, katere strani ljudi zmedejo.',
    'Shows us which features of the shop and app are used, so we can improve them.':
      'Pokaže nam, katere funkcije trgovine in aplikacije se uporabljajo, da jih lahko izboljšamo.',
    'Tells partner sites that sent you here that you bought something, so they are paid.':
      'Partnerskim spletnim mestom, ki so vas poslala sem, sporoči, da ste nekaj kupili, da so plačana.',
    'Links an ad click to a purchase.': 'Poveže klik na oglas z nakupom.',
    'Counts ad views.': 'Šteje prikaze oglasov.',
    'Chooses adverts for you.': 'Izbira oglase za vas.',
    'Checks cookies work.': 'Preveri, ali piškotki delujejo.',
    'Tells visitors apart.': 'Razlikuje obiskovalce.',
    'Keeps the visit going.': 'Ohranja obisk.',
    'Keeps the visit and survey state.': 'Hrani stanje obiska in ankete.',
    'Remembers which partner sent you.': 'Zapomni si, kateri partner vas je poslal.',
    '90 days': '90 dni',
    '13 months': '13 mesecev',
    '2 weeks': '2 tedna',
    '15 minutes': '15 minut',
    '2 years': '2 leti',
    'session to 2 years': 'od seje do 2 let',
    '1 year': '1 leto',
    '30 minutes to 1 year': 'od 30 minut do 1 leta',
    '30 days': '30 dni',
    // YouTube's player storage in its own iframe (vendors/youtube.ts, frameStorage)
    'Gives this browser an ID for playing videos on a TV.': 'Temu brskalniku dodeli ID za predvajanje videoposnetkov na televizorju.',
    'Lists the TVs this browser played videos on.': 'Navede televizorje, na katerih je ta brskalnik predvajal videoposnetke.',
    'Keeps your player settings and connection speed.': 'Hrani vaše nastavitve predvajalnika in hitrost povezave.',
    "Keeps the player's own records.": 'Hrani lastne zapise predvajalnika.',
    'Queues what the player sends to YouTube.': 'Postavi v čakalno vrsto, kar predvajalnik pošilja YouTubu.',
    'Keeps the state of playing on a TV.': 'Hrani stanje predvajanja na televizorju.',
    "Lists the player's own databases.": 'Navede lastne zbirke podatkov predvajalnika.',
    'Queues usage logs before they are sent to YouTube.': 'Postavi dnevnike uporabe v čakalno vrsto, preden se pošljejo YouTubu.',
    '1 day': '1 dan',
    'until you clear it': 'dokler jih ne izbrišete',
    session: 'seja',
    // The embeds' words (vendors/youtube.ts, vimeo.ts, google-maps.ts): placeholders, preferences, declaration
    'Plays videos from YouTube in our pages; Google learns you watched them.':
      'Predvaja videoposnetke z YouTuba na naših straneh; Google izve, da ste si jih ogledali.',
    'Counts the videos you watch.': 'Šteje videoposnetke, ki si jih ogledate.',
    'Estimates your connection and suggests videos.': 'Oceni vašo povezavo in predlaga videoposnetke.',
    'Keeps your cookie choice on YouTube.': 'Hrani vašo izbiro piškotkov na YouTubu.',
    'Keeps your player settings.': 'Hrani vaše nastavitve predvajalnika.',
    'Plays videos from Vimeo in our pages; Vimeo counts who watched them.':
      'Predvaja videoposnetke z Vimea na naših straneh; Vimeo šteje, kdo si jih je ogledal.',
    'Tells viewers apart to count views.': 'Razlikuje gledalce, da šteje oglede.',
    'Tells people from bots.': 'Razlikuje ljudi od botov.',
    'Shows our shops on a Google map; Google learns where you looked.':
      'Prikazuje naše trgovine na Googlovem zemljevidu; Google izve, kam ste gledali.',
    'Keeps your Google settings and chooses adverts.': 'Hrani vaše nastavitve za Google in izbira oglase.',
    '6 months': '6 mesecev',
    '8 months': '8 mesecev',
    '30 minutes': '30 minut',
  },
};

// Kept out of `banner` and `prefs`, so no shopper downloads it: only the tests read it.
export const sameAsEnglish: SameAsEnglish = {};
