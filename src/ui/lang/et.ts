// Estonian: the UI, the catalog's words and the cookie declaration's headings. Not yet reviewed by a native speaker.
import type { BannerTexts, PrefsPack, SameAsEnglish } from './pack';

/** Read by the docs and tests only; no shipped file carries it. */
export const reviewed = false;

/** The banner's words: all the UI chunk carries of this language. */
export const banner: BannerTexts = {
  title: 'Küpsised sellel saidil',
  body: 'Kasutame valikulisi eelistus-, analüüsi- ja turundusküpsiseid ainult siis, kui te need heaks kiidate. Võite oma otsust igal ajal muuta.',
  policy: 'Küpsiste põhimõtted',
  accept: 'Nõustu kõigiga',
  reject: 'Keeldu kõigist',
  manage: 'Halda eelistusi',
  signal: 'Teie brauseri privaatsussignaali austatakse.',
};

/** The rest: the preferences, the cookie declaration, the placeholders, the catalog's words (the preferences part). */
export const prefs: PrefsPack = {
  text: {
    save: 'Salvesta eelistused',
    close: 'Sulge',
    dialog: 'Küpsiste eelistused',
    intro: 'Valige, milliseid valikulisi küpsiseid võime kasutada. Vajalikud küpsised hoiavad saidi töös ja neid ei saa välja lülitada.',
    'cat.necessary': 'Vajalikud',
    'cat.necessary.text': 'Vajalikud saidi toimimiseks, näiteks teie ostukorv ja see valik.',
    'cat.preferences': 'Eelistused',
    'cat.preferences.text': 'Jätavad meelde seaded, näiteks hiljuti vaadatud tooted.',
    'cat.analytics': 'Analüüs',
    'cat.analytics.text': 'Aitavad meil mõista, kuidas saiti kasutatakse, et seda parandada.',
    'cat.marketing': 'Turundus',
    'cat.marketing.text': 'Näitavad asjakohaseid pakkumisi ja mõõdavad meie reklaami.',
    details: 'Teave: {name}',
    company: 'Ettevõte',
    purpose: 'Eesmärk',
    cookies: 'Küpsised',
    privacy: 'Privaatsuspoliitika',
    transfer: 'Andmed lahkuvad Ühendkuningriigist/EMPst',
    yes: 'Jah',
    no: 'Ei',
    cookie: 'Küpsis',
    provider: 'Pakkuja',
    lifetime: 'Kehtivus',
    party: 'Seadja',
    first: 'Esimene osapool',
    third: 'Kolmas osapool',
    site: 'See sait',
    consent: 'Jätab meelde teie küpsiste valikud.',
    days: '{n} päeva',
    none: 'Küpsiseid pole.',
    download: 'Laadi alla minu nõusoleku kirje',
    'embed.cookies': 'Laadimisel saab {name} salvestada küpsiseid.',
    'embed.video': 'Laadi video',
    'embed.map': 'Laadi kaart',
    'embed.content': 'Laadi sisu',
  },
  catalog: {
    'Shows you our adverts on other sites and tells us which adverts led to a purchase.':
      'Näitab meie reklaame teistel saitidel ja ütleb meile, millised reklaamid viisid ostuni.',
    'Shows offers that suit you and reminds you by e-mail of what you left in your basket.':
      'Näitab teile sobivaid pakkumisi ja tuletab e-postiga meelde, mis jäi teie ostukorvi.',
    'Counts visits and shows us, in totals, how the shop is used.':
      'Loendab külastusi ja näitab meile koondandmetena, kuidas poodi kasutatakse.',
    'Records clicks and scrolling so we can see which pages confuse people.':
      'Salvestab klõpsud ja kerimise, et näeksime, millised lehed inimesi segadusse ajavad.',
    'Shows us which features of the shop and app are used, so we can improve them.':
      'Näitab meile, milliseid poe ja rakenduse funktsioone kasutatakse, et saaksime neid parandada.',
    'Tells partner sites that sent you here that you bought something, so they are paid.':
      'Teatab partnersaitidele, kes teid siia saatsid, et ostsite midagi, et neile makstaks.',
    'Links an ad click to a purchase.': 'Seob reklaamiklõpsu ostuga.',
    'Counts ad views.': 'Loendab reklaamide vaatamisi.',
    'Chooses adverts for you.': 'Valib teile reklaame.',
    'Checks cookies work.': 'Kontrollib, kas küpsised töötavad.',
    'Tells visitors apart.': 'Eristab külastajaid.',
    'Keeps the visit going.': 'Hoiab külastust käimas.',
    'Keeps the visit and survey state.': 'Hoiab külastuse ja küsitluse olekut.',
    'Remembers which partner sent you.': 'Jätab meelde, milline partner teid saatis.',
    '90 days': '90 päeva',
    '13 months': '13 kuud',
    '2 weeks': '2 nädalat',
    '15 minutes': '15 minutit',
    '2 years': '2 aastat',
    'session to 2 years': 'seansist kuni 2 aastani',
    '1 year': '1 aasta',
    '30 minutes to 1 year': '30 minutist kuni 1 aastani',
    '30 days': '30 päeva',
    // YouTube's player storage in its own iframe (vendors/youtube.ts, frameStorage)
    'Gives this browser an ID for playing videos on a TV.': 'Annab sellele brauserile ID, et esitada videoid teleris.',
    'Lists the TVs this browser played videos on.': 'Loetleb telerid, millel see brauser on videoid esitanud.',
    'Keeps your player settings and connection speed.': 'Hoiab teie pleieri seadeid ja ühenduse kiirust.',
    "Keeps the player's own records.": 'Hoiab pleieri enda kirjeid.',
    'Queues what the player sends to YouTube.': 'Paneb järjekorda selle, mida pleier YouTube’ile saadab.',
    'Keeps the state of playing on a TV.': 'Hoiab teleris esitamise olekut.',
    "Lists the player's own databases.": 'Loetleb pleieri enda andmebaase.',
    'Queues usage logs before they are sent to YouTube.': 'Paneb kasutuslogid järjekorda, enne kui need YouTube’ile saadetakse.',
    '1 day': '1 päev',
    'until you clear it': 'kuni te selle kustutate',
    session: 'seanss',
    // The embeds' words (vendors/youtube.ts, vimeo.ts, google-maps.ts): placeholders, preferences, declaration
    'Plays videos from YouTube in our pages; Google learns you watched them.':
      'Esitab meie lehtedel YouTube’i videoid; Google saab teada, et vaatasite neid.',
    'Counts the videos you watch.': 'Loendab videoid, mida vaatate.',
    'Estimates your connection and suggests videos.': 'Hindab teie ühendust ja soovitab videoid.',
    'Keeps your cookie choice on YouTube.': 'Hoiab teie küpsisevalikut YouTube’is.',
    'Keeps your player settings.': 'Hoiab teie pleieri seadeid.',
    'Plays videos from Vimeo in our pages; Vimeo counts who watched them.':
      'Esitab meie lehtedel Vimeo videoid; Vimeo loendab, kes neid vaatas.',
    'Tells viewers apart to count views.': 'Eristab vaatajaid, et vaatamisi loendada.',
    'Tells people from bots.': 'Eristab inimesi robotitest.',
    'Shows our shops on a Google map; Google learns where you looked.':
      'Näitab meie poode Google’i kaardil; Google saab teada, kuhu te vaatasite.',
    'Keeps your Google settings and chooses adverts.': 'Hoiab teie Google’i seadeid ja valib reklaame.',
    '6 months': '6 kuud',
    '8 months': '8 kuud',
    '30 minutes': '30 minutit',
  },
};

// Kept out of `banner` and `prefs`, so no shopper downloads it: only the tests read it.
export const sameAsEnglish: SameAsEnglish = {};
