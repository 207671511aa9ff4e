// Latvian: the UI, the catalog's words and the cookie declaration's headings. Not yet reviewed by a native speaker.
import type { BannerTexts, PrefsPack, SameAsEnglish } from './pack';

/** Read by the docs and tests only; no shipped file carries it. */
export const reviewed = false;

/** The banner's words: all the UI chunk carries of this language. */
export const banner: BannerTexts = {
  title: 'Sīkdatnes šajā vietnē',
  body: 'Neobligātās sīkdatnes iestatījumiem, analītikai un mārketingam izmantojam tikai tad, ja jūs tām piekrītat. Savu izvēli varat mainīt jebkurā laikā.',
  policy: 'Sīkdatņu politika',
  accept: 'Pieņemt visas',
  reject: 'Noraidīt visas',
  manage: 'Pārvaldīt iestatījumus',
  signal: 'Jūsu pārlūka privātuma signāls tiek ievērots.',
};

/** The rest: the preferences, the cookie declaration, the placeholders, the catalog's words (the preferences part). */
export const prefs: PrefsPack = {
  text: {
    save: 'Saglabāt iestatījumus',
    close: 'Aizvērt',
    dialog: 'Sīkdatņu iestatījumi',
    intro:
      'Izvēlieties, kuras neobligātās sīkdatnes drīkstam izmantot. Nepieciešamās sīkdatnes nodrošina vietnes darbību, un tās nevar izslēgt.',
    'cat.necessary': 'Nepieciešamās',
    'cat.necessary.text': 'Vajadzīgas vietnes darbībai, piemēram, jūsu grozam un šai izvēlei.',
    'cat.preferences': 'Iestatījumi',
    'cat.preferences.text': 'Atceras iestatījumus, piemēram, nesen skatītos produktus.',
    'cat.analytics': 'Analītika',
    'cat.analytics.text': 'Palīdz mums saprast, kā vietne tiek izmantota, lai to uzlabotu.',
    'cat.marketing': 'Mārketings',
    'cat.marketing.text': 'Rāda atbilstošus piedāvājumus un mēra mūsu reklāmu.',
    details: 'Par {name}',
    company: 'Uzņēmums',
    purpose: 'Nolūks',
    cookies: 'Sīkdatnes',
    privacy: 'Privātuma politika',
    transfer: 'Dati tiek nosūtīti ārpus AK/EEZ',
    yes: 'Jā',
    no: 'Nē',
    cookie: 'Sīkdatne',
    provider: 'Nodrošinātājs',
    lifetime: 'Derīgums',
    party: 'Iestata',
    first: 'Pirmās puses',
    third: 'Trešās puses',
    site: 'Šī vietne',
    consent: 'Atceras jūsu sīkdatņu izvēli.',
    days: '{n} dienas',
    none: 'Nav sīkdatņu.',
    download: 'Lejupielādēt manas piekrišanas ierakstu',
    'embed.cookies': 'Ielādējot {name} var saglabāt sīkdatnes.',
    'embed.video': 'Ielādēt video',
    'embed.map': 'Ielādēt karti',
    'embed.content': 'Ielādēt saturu',
  },
  catalog: {
    'Shows you our adverts on other sites and tells us which adverts led to a purchase.':
      'Rāda mūsu reklāmas citās vietnēs un pasaka, kuras reklāmas noveda pie pirkuma.',
    'Shows offers that suit you and reminds you by e-mail of what you left in your basket.':
      'Rāda jums piemērotus piedāvājumus un e-pastā atgādina, ko atstājāt grozā.',
    'Counts visits and shows us, in totals, how the shop is used.': 'Skaita apmeklējumus un kopsummā parāda, kā veikals tiek izmantots.',
    'Records clicks and scrolling so we can see which pages confuse people.':
      'Ieraksta klikšķus un ritināšanu, lai redzētu, kuras lapas cilvēkus mulsina.',
    'Shows us which features of the shop and app are used, so we can improve them.':
      'Parāda, kuras veikala un lietotnes funkcijas tiek izmantotas, lai tās uzlabotu.',
    'Tells partner sites that sent you here that you bought something, so they are paid.':
      'Paziņo partneru vietnēm, kas jūs šeit nosūtīja, ka esat kaut ko nopircis, lai tām samaksātu.',
    'Links an ad click to a purchase.': 'Sasaista reklāmas klikšķi ar pirkumu.',
    'Counts ad views.': 'Skaita reklāmu skatījumus.',
    'Chooses adverts for you.': 'Izvēlas jums reklāmas.',
    'Checks cookies work.': 'Pārbauda, vai sīkdatnes darbojas.',
    'Tells visitors apart.': 'Atšķir apmeklētājus.',
    'Keeps the visit going.': 'Uztur apmeklējumu.',
    'Keeps the visit and survey state.': 'Saglabā apmeklējuma un aptaujas stāvokli.',
    'Remembers which partner sent you.': 'Atceras, kurš partneris jūs nosūtīja.',
    '90 days': '90 dienas',
    '13 months': '13 mēneši',
    '2 weeks': '2 nedēļas',
    '15 minutes': '15 minūtes',
    '2 years': '2 gadi',
    'session to 2 years': 'no sesijas līdz 2 gadiem',
    '1 year': '1 gads',
    '30 minutes to 1 year': 'no 30 minūtēm līdz 1 gadam',
    '30 days': '30 dienas',
    // YouTube's player storage in its own iframe (vendors/youtube.ts, frameStorage)
    'Gives this browser an ID for playing videos on a TV.': 'Piešķir šai pārlūkprogrammai ID video atskaņošanai televizorā.',
    'Lists the TVs this browser played videos on.': 'Uzskaita televizorus, kuros šī pārlūkprogramma atskaņoja video.',
    'Keeps your player settings and connection speed.': 'Saglabā jūsu atskaņotāja iestatījumus un savienojuma ātrumu.',
    "Keeps the player's own records.": 'Saglabā atskaņotāja paša ierakstus.',
    'Queues what the player sends to YouTube.': 'Ievieto rindā to, ko atskaņotājs sūta uz YouTube.',
    'Keeps the state of playing on a TV.': 'Saglabā atskaņošanas stāvokli televizorā.',
    "Lists the player's own databases.": 'Uzskaita atskaņotāja paša datubāzes.',
    'Queues usage logs before they are sent to YouTube.': 'Ievieto rindā lietojuma žurnālus, pirms tie tiek nosūtīti uz YouTube.',
    '1 day': '1 diena',
    'until you clear it': 'līdz jūs to notīrāt',
    session: 'sesija',
    // The embeds' words (vendors/youtube.ts, vimeo.ts, google-maps.ts): placeholders, preferences, declaration
    'Plays videos from YouTube in our pages; Google learns you watched them.':
      'Atskaņo YouTube video mūsu lapās; Google uzzina, ka jūs tos skatījāties.',
    'Counts the videos you watch.': 'Skaita video, ko skatāties.',
    'Estimates your connection and suggests videos.': 'Novērtē jūsu savienojumu un iesaka video.',
    'Keeps your cookie choice on YouTube.': 'Saglabā jūsu sīkdatņu izvēli pakalpojumā YouTube.',
    'Keeps your player settings.': 'Saglabā jūsu atskaņotāja iestatījumus.',
    'Plays videos from Vimeo in our pages; Vimeo counts who watched them.':
      'Atskaņo Vimeo video mūsu lapās; Vimeo skaita, kas tos skatījās.',
    'Tells viewers apart to count views.': 'Atšķir skatītājus, lai skaitītu skatījumus.',
    'Tells people from bots.': 'Atšķir cilvēkus no robotiem.',
    'Shows our shops on a Google map; Google learns where you looked.':
      'Rāda mūsu veikalus Google kartē; Google uzzina, kur jūs skatījāties.',
    'Keeps your Google settings and chooses adverts.': 'Saglabā jūsu Google iestatījumus un izvēlas reklāmas.',
    '6 months': '6 mēneši',
    '8 months': '8 mēneši',
    '30 minutes': '30 minūtes',
  },
};

// Kept out of `banner` and `prefs`, so no shopper downloads it: only the tests read it.
export const sameAsEnglish: SameAsEnglish = {};
