// Polish: the UI, the catalog's words and the cookie declaration's headings. Not yet reviewed by a native speaker.
import type { BannerTexts, PrefsPack, SameAsEnglish } from './pack';

/** Read by the docs and tests only; no shipped file carries it. */
export const reviewed = false;

/** The banner's words: all the UI chunk carries of this language. */
export const banner: BannerTexts = {
  title: 'Pliki cookie w tej witrynie',
  body: 'Opcjonalnych plików cookie do preferencji, analityki i marketingu używamy tylko wtedy, gdy je zaakceptujesz. W każdej chwili możesz zmienić zdanie.',
  policy: 'Polityka plików cookie',
  accept: 'Zaakceptuj wszystkie',
  reject: 'Odrzuć wszystkie',
  manage: 'Zarządzaj preferencjami',
  signal: 'Sygnał prywatności Twojej przeglądarki jest respektowany.',
};

/** The rest: the preferences, the cookie declaration, the placeholders, the catalog's words (the preferences part). */
export const prefs: PrefsPack = {
  text: {
    save: 'Zapisz preferencje',
    close: 'Zamknij',
    dialog: 'Preferencje plików cookie',
    intro:
      'Wybierz, których opcjonalnych plików cookie możemy używać. Niezbędne pliki cookie zapewniają działanie witryny i nie można ich wyłączyć.',
    'cat.necessary': 'Niezbędne',
    'cat.necessary.text': 'Potrzebne do działania witryny, np. Twój koszyk i ten wybór.',
    'cat.preferences': 'Preferencje',
    'cat.preferences.text': 'Zapamiętują ustawienia, np. ostatnio oglądane produkty.',
    'cat.analytics': 'Analityka',
    'cat.analytics.text': 'Pomagają nam zrozumieć, jak korzystasz z witryny, abyśmy mogli ją ulepszać.',
    'cat.marketing': 'Marketing',
    'cat.marketing.text': 'Pokazują trafne oferty i mierzą skuteczność naszych reklam.',
    details: 'Informacje o {name}',
    company: 'Firma',
    purpose: 'Cel',
    cookies: 'Pliki cookie',
    privacy: 'Polityka prywatności',
    transfer: 'Dane opuszczają Wielką Brytanię/EOG',
    yes: 'Tak',
    no: 'Nie',
    cookie: 'Plik cookie',
    provider: 'Dostawca',
    lifetime: 'Okres przechowywania',
    party: 'Ustawiany przez',
    first: 'Własny',
    third: 'Podmiotu trzeciego',
    site: 'Ta witryna',
    consent: 'Zapamiętuje Twoje wybory dotyczące plików cookie.',
    days: '{n} dni',
    none: 'Brak plików cookie.',
    download: 'Pobierz mój zapis zgody',
    'embed.cookies': 'Po wczytaniu {name} może zapisywać pliki cookie.',
    'embed.video': 'Wczytaj film',
    'embed.map': 'Wczytaj mapę',
    'embed.content': 'Wczytaj treść',
  },
  catalog: {
    'Shows you our adverts on other sites and tells us which adverts led to a purchase.':
      'Wyświetla nasze reklamy w innych witrynach i informuje nas, które reklamy doprowadziły do zakupu.',
    'Shows offers that suit you and reminds you by e-mail of what you left in your basket.':
      'Pokazuje dopasowane do Ciebie oferty i przypomina e-mailem o tym, co zostało w koszyku.',
    'Counts visits and shows us, in totals, how the shop is used.': 'Liczy odwiedziny i pokazuje nam zbiorczo, jak korzysta się ze sklepu.',
    'Records clicks and scrolling so we can see which pages confuse people.':
      'Rejestruje kliknięcia i przewijanie, abyśmy widzieli, które strony są dla ludzi niejasne.',
    'Shows us which features of the shop and app are used, so we can improve them.':
      'Pokazuje nam, które funkcje sklepu i aplikacji są używane, abyśmy mogli je ulepszać.',
    'Tells partner sites that sent you here that you bought something, so they are paid.':
      'Informuje witryny partnerskie, które Cię tu skierowały, że coś kupiłeś, aby otrzymały zapłatę.',
    'Links an ad click to a purchase.': 'Łączy kliknięcie reklamy z zakupem.',
    'Counts ad views.': 'Liczy wyświetlenia reklam.',
    'Chooses adverts for you.': 'Wybiera dla Ciebie reklamy.',
    'Checks cookies work.': 'Sprawdza, czy pliki cookie działają.',
    'Tells visitors apart.': 'Odróżnia odwiedzających.',
    'Keeps the visit going.': 'Podtrzymuje wizytę.',
    'Keeps the visit and survey state.': 'Przechowuje stan wizyty i ankiety.',
    'Remembers which partner sent you.': 'Zapamiętuje, który partner Cię skierował.',
    '90 days': '90 dni',
    '13 months': '13 miesięcy',
    '2 weeks': '2 tygodnie',
    '15 minutes': '15 minut',
    '2 years': '2 lata',
    'session to 2 years': 'od sesji do 2 lat',
    '1 year': '1 rok',
    '30 minutes to 1 year': 'od 30 minut do 1 roku',
    '30 days': '30 dni',
    // YouTube's player storage in its own iframe (vendors/youtube.ts, frameStorage)
    'Gives this browser an ID for playing videos on a TV.': 'Nadaje tej przeglądarce identyfikator do odtwarzania filmów na telewizorze.',
    'Lists the TVs this browser played videos on.': 'Wymienia telewizory, na których ta przeglądarka odtwarzała filmy.',
    'Keeps your player settings and connection speed.': 'Przechowuje Twoje ustawienia odtwarzacza i szybkość połączenia.',
    "Keeps the player's own records.": 'Przechowuje własne zapisy odtwarzacza.',
    'Queues what the player sends to YouTube.': 'Kolejkuje to, co odtwarzacz wysyła do YouTube.',
    'Keeps the state of playing on a TV.': 'Przechowuje stan odtwarzania na telewizorze.',
    "Lists the player's own databases.": 'Wymienia własne bazy danych odtwarzacza.',
    'Queues usage logs before they are sent to YouTube.': 'Kolejkuje logi użycia przed wysłaniem ich do YouTube.',
    '1 day': '1 dzień',
    'until you clear it': 'do czasu, aż je wyczyścisz',
    session: 'sesja',
    // The embeds' words (vendors/youtube.ts, vimeo.ts, google-maps.ts): placeholders, preferences, declaration
    'Plays videos from YouTube in our pages; Google learns you watched them.':
      'Odtwarza filmy z YouTube na naszych stronach; Google dowiaduje się, że je oglądasz.',
    'Counts the videos you watch.': 'Liczy filmy, które oglądasz.',
    'Estimates your connection and suggests videos.': 'Szacuje Twoje połączenie i proponuje filmy.',
    'Keeps your cookie choice on YouTube.': 'Przechowuje Twój wybór dotyczący plików cookie w YouTube.',
    'Keeps your player settings.': 'Przechowuje Twoje ustawienia odtwarzacza.',
    'Plays videos from Vimeo in our pages; Vimeo counts who watched them.':
      'Odtwarza filmy z Vimeo na naszych stronach; Vimeo liczy, kto je oglądał.',
    'Tells viewers apart to count views.': 'Odróżnia widzów, aby liczyć wyświetlenia.',
    'Tells people from bots.': 'Odróżnia ludzi od botów.',
    'Shows our shops on a Google map; Google learns where you looked.':
      'Pokazuje nasze sklepy na mapie Google; Google dowiaduje się, które miejsca oglądasz.',
    'Keeps your Google settings and chooses adverts.': 'Przechowuje Twoje ustawienia Google i wybiera reklamy.',
    '6 months': '6 miesięcy',
    '8 months': '8 miesięcy',
    '30 minutes': '30 minut',
  },
};

// Kept out of `banner` and `prefs`, so no shopper downloads it: only the tests read it.
export const sameAsEnglish: SameAsEnglish = {
  'cat.marketing': 'Polish uses the English loanword "Marketing" for this',
};
