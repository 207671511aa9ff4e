// Lithuanian: the UI, the catalog's words and the cookie declaration's headings. Not yet reviewed by a native speaker.
import type { BannerTexts, PrefsPack, SameAsEnglish } from './pack';

/** Read by the docs and tests only; no shipped file carries it. */
export const reviewed = false;

/** The banner's words: all the UI chunk carries of this language. */
export const banner: BannerTexts = {
  title: 'Slapukai šioje svetainėje',
  body: 'Pasirenkamus nuostatų, analitikos ir rinkodaros slapukus naudojame tik jums sutikus. Savo sprendimą galite bet kada pakeisti.',
  policy: 'Slapukų politika',
  accept: 'Priimti visus',
  reject: 'Atmesti visus',
  manage: 'Tvarkyti nuostatas',
  signal: 'Jūsų naršyklės privatumo signalas paisomas.',
};

/** The rest: the preferences, the cookie declaration, the placeholders, the catalog's words (the preferences part). */
export const prefs: PrefsPack = {
  text: {
    save: 'Išsaugoti nuostatas',
    close: 'Uždaryti',
    dialog: 'Slapukų nuostatos',
    intro:
      'Pasirinkite, kuriuos pasirenkamus slapukus galime naudoti. Būtinieji slapukai užtikrina svetainės veikimą ir jų išjungti negalima.',
    'cat.necessary': 'Būtinieji',
    'cat.necessary.text': 'Reikalingi svetainei veikti, pavyzdžiui, jūsų krepšeliui ir šiam pasirinkimui.',
    'cat.preferences': 'Nuostatos',
    'cat.preferences.text': 'Įsimena nustatymus, pavyzdžiui, neseniai peržiūrėtus produktus.',
    'cat.analytics': 'Analitika',
    'cat.analytics.text': 'Padeda mums suprasti, kaip naudojama svetainė, kad galėtume ją tobulinti.',
    'cat.marketing': 'Rinkodara',
    'cat.marketing.text': 'Rodo aktualius pasiūlymus ir vertina mūsų reklamą.',
    details: 'Apie {name}',
    company: 'Įmonė',
    purpose: 'Tikslas',
    cookies: 'Slapukai',
    privacy: 'Privatumo politika',
    transfer: 'Duomenys perduodami už JK / EEE ribų',
    yes: 'Taip',
    no: 'Ne',
    cookie: 'Slapukas',
    provider: 'Teikėjas',
    lifetime: 'Galiojimas',
    party: 'Nustato',
    first: 'Pirmosios šalies',
    third: 'Trečiosios šalies',
    site: 'Ši svetainė',
    consent: 'Įsimena jūsų slapukų pasirinkimą.',
    days: '{n} d.',
    none: 'Slapukų nėra.',
    download: 'Atsisiųsti mano sutikimo įrašą',
    'embed.cookies': 'Įkėlus {name} galės įrašyti slapukus.',
    'embed.video': 'Įkelti vaizdo įrašą',
    'embed.map': 'Įkelti žemėlapį',
    'embed.content': 'Įkelti turinį',
  },
  catalog: {
    'Shows you our adverts on other sites and tells us which adverts led to a purchase.':
      'Rodo mūsų reklamas kitose svetainėse ir praneša, kurios reklamos lėmė pirkimą.',
    'Shows offers that suit you and reminds you by e-mail of what you left in your basket.':
      'Rodo jums tinkamus pasiūlymus ir el. paštu primena, ką palikote krepšelyje.',
    'Counts visits and shows us, in totals, how the shop is used.':
      'Skaičiuoja apsilankymus ir apibendrintai parodo, kaip naudojama parduotuvė.',
    'Records clicks and scrolling so we can see which pages confuse people.':
      'Įrašo paspaudimus ir slinkimą, kad matytume, kurie puslapiai žmones glumina.',
    'Shows us which features of the shop and app are used, so we can improve them.':
      'Parodo, kurios parduotuvės ir programėlės funkcijos naudojamos, kad galėtume jas tobulinti.',
    'Tells partner sites that sent you here that you bought something, so they are paid.':
      'Praneša partnerių svetainėms, kurios jus čia nukreipė, kad kažką pirkote, kad joms būtų sumokėta.',
    'Links an ad click to a purchase.': 'Susieja reklamos paspaudimą su pirkimu.',
    'Counts ad views.': 'Skaičiuoja reklamų parodymus.',
    'Chooses adverts for you.': 'Parenka jums reklamas.',
    'Checks cookies work.': 'Tikrina, ar veikia slapukai.',
    'Tells visitors apart.': 'Atskiria lankytojus.',
    'Keeps the visit going.': 'Palaiko apsilankymą.',
    'Keeps the visit and survey state.': 'Išsaugo apsilankymo ir apklausos būseną.',
    'Remembers which partner sent you.': 'Įsimena, kuris partneris jus nukreipė.',
    '90 days': '90 dienų',
    '13 months': '13 mėnesių',
    '2 weeks': '2 savaitės',
    '15 minutes': '15 minučių',
    '2 years': '2 metai',
    'session to 2 years': 'nuo seanso iki 2 metų',
    '1 year': '1 metai',
    '30 minutes to 1 year': 'nuo 30 minučių iki 1 metų',
    '30 days': '30 dienų',
    // YouTube's player storage in its own iframe (vendors/youtube.ts, frameStorage)
    'Gives this browser an ID for playing videos on a TV.': 'Suteikia šiai naršyklei ID vaizdo įrašams leisti televizoriuje.',
    'Lists the TVs this browser played videos on.': 'Išvardija televizorius, kuriuose ši naršyklė leido vaizdo įrašus.',
    'Keeps your player settings and connection speed.': 'Išsaugo jūsų grotuvo nustatymus ir ryšio spartą.',
    "Keeps the player's own records.": 'Išsaugo paties grotuvo įrašus.',
    'Queues what the player sends to YouTube.': 'Įtraukia į eilę tai, ką grotuvas siunčia į YouTube.',
    'Keeps the state of playing on a TV.': 'Išsaugo leidimo televizoriuje būseną.',
    "Lists the player's own databases.": 'Išvardija paties grotuvo duomenų bazes.',
    'Queues usage logs before they are sent to YouTube.': 'Įtraukia naudojimo žurnalus į eilę prieš išsiunčiant juos į YouTube.',
    '1 day': '1 diena',
    'until you clear it': 'kol jį išvalysite',
    session: 'seansas',
    // The embeds' words (vendors/youtube.ts, vimeo.ts, google-maps.ts): placeholders, preferences, declaration
    'Plays videos from YouTube in our pages; Google learns you watched them.':
      'Leidžia YouTube vaizdo įrašus mūsų puslapiuose; Google sužino, kad juos žiūrėjote.',
    'Counts the videos you watch.': 'Skaičiuoja vaizdo įrašus, kuriuos žiūrite.',
    'Estimates your connection and suggests videos.': 'Įvertina jūsų ryšį ir siūlo vaizdo įrašus.',
    'Keeps your cookie choice on YouTube.': 'Išsaugo jūsų pasirinkimą dėl slapukų YouTube svetainėje.',
    'Keeps your player settings.': 'Išsaugo jūsų grotuvo nustatymus.',
    'Plays videos from Vimeo in our pages; Vimeo counts who watched them.':
      'Leidžia Vimeo vaizdo įrašus mūsų puslapiuose; Vimeo skaičiuoja, kas juos žiūrėjo.',
    'Tells viewers apart to count views.': 'Atskiria žiūrovus, kad suskaičiuotų peržiūras.',
    'Tells people from bots.': 'Atskiria žmones nuo robotų.',
    'Shows our shops on a Google map; Google learns where you looked.':
      'Rodo mūsų parduotuves Google žemėlapyje; Google sužino, kur žiūrėjote.',
    'Keeps your Google settings and chooses adverts.': 'Išsaugo jūsų Google nustatymus ir parenka reklamas.',
    '6 months': '6 mėnesiai',
    '8 months': '8 mėnesiai',
    '30 minutes': '30 minučių',
  },
};

// Kept out of `banner` and `prefs`, so no shopper downloads it: only the tests read it.
export const sameAsEnglish: SameAsEnglish = {};
