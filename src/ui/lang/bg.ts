// Bulgarian: the UI, the catalog's words and the cookie declaration's headings. Not yet reviewed by a native speaker.
import type { BannerTexts, PrefsPack, SameAsEnglish } from './pack';

/** Read by the docs and tests only; no shipped file carries it. */
export const reviewed = false;

/** The banner's words: all the UI chunk carries of this language. */
export const banner: BannerTexts = {
  title: 'Бисквитки на този сайт',
  body: 'Използваме незадължителни бисквитки за предпочитания, анализ и маркетинг само ако ги приемете. Можете да промените решението си по всяко време.',
  policy: 'Политика за бисквитките',
  accept: 'Приемане на всички',
  reject: 'Отхвърляне на всички',
  manage: 'Управление на настройките',
  signal: 'Сигналът за поверителност на вашия браузър се зачита.',
};

/** The rest: the preferences, the cookie declaration, the placeholders, the catalog's words (the preferences part). */
export const prefs: PrefsPack = {
  text: {
    save: 'Запазване на настройките',
    close: 'Затваряне',
    dialog: 'Предпочитания за бисквитки',
    intro:
      'Изберете кои незадължителни бисквитки можем да използваме. Необходимите бисквитки поддържат работата на сайта и не могат да бъдат изключени.',
    'cat.necessary': 'Необходими',
    'cat.necessary.text': 'Нужни за работата на сайта, например вашата кошница и този избор.',
    'cat.preferences': 'Предпочитания',
    'cat.preferences.text': 'Запомнят настройки, например наскоро разгледани продукти.',
    'cat.analytics': 'Анализ',
    'cat.analytics.text': 'Помагат ни да разберем как се използва сайтът, за да го подобрим.',
    'cat.marketing': 'Маркетинг',
    'cat.marketing.text': 'Показват подходящи оферти и измерват нашата реклама.',
    details: 'За {name}',
    company: 'Дружество',
    purpose: 'Цел',
    cookies: 'Бисквитки',
    privacy: 'Политика за поверителност',
    transfer: 'Данните напускат Обединеното кралство/ЕИП',
    yes: 'Да',
    no: 'Не',
    cookie: 'Бисквитка',
    provider: 'Доставчик',
    lifetime: 'Срок на съхранение',
    party: 'Задавана от',
    first: 'Собствена',
    third: 'От трета страна',
    site: 'Този сайт',
    consent: 'Запомня избора ви за бисквитките.',
    days: '{n} дни',
    none: 'Няма бисквитки.',
    download: 'Изтегляне на моя запис на съгласие',
    'embed.cookies': 'Зареждането позволява на {name} да поставя бисквитки.',
    'embed.video': 'Зареждане на видеото',
    'embed.map': 'Зареждане на картата',
    'embed.content': 'Зареждане на съдържанието',
  },
  catalog: {
    'Shows you our adverts on other sites and tells us which adverts led to a purchase.':
      'Показва нашите реклами на други сайтове и ни казва кои реклами са довели до покупка.',
    'Shows offers that suit you and reminds you by e-mail of what you left in your basket.':
      'Показва оферти, които ви подхождат, и ви напомня по имейл какво сте оставили в кошницата си.',
    'Counts visits and shows us, in totals, how the shop is used.':
      'Брои посещенията и ни показва в обобщен вид как се използва магазинът.',
    'Records clicks and scrolling so we can see which pages confuse people.':
      'Записва кликванията и превъртането, за да видим кои страници объркват хората.',
    'Shows us which features of the shop and app are used, so we can improve them.':
      'Показва ни кои функции на магазина и приложението се използват, за да ги подобрим.',
    'Tells partner sites that sent you here that you bought something, so they are paid.':
      'Съобщава на партньорските сайтове, които са ви изпратили тук, че сте купили нещо, за да им бъде платено.',
    'Links an ad click to a purchase.': 'Свързва кликване върху реклама с покупка.',
    'Counts ad views.': 'Брои показванията на реклами.',
    'Chooses adverts for you.': 'Избира реклами за вас.',
    'Checks cookies work.': 'Проверява дали бисквитките работят.',
    'Tells visitors apart.': 'Различава посетителите.',
    'Keeps the visit going.': 'Поддържа посещението.',
    'Keeps the visit and survey state.': 'Пази състоянието на посещението и на анкетите.',
    'Remembers which partner sent you.': 'Запомня кой партньор ви е изпратил.',
    '90 days': '90 дни',
    '13 months': '13 месеца',
    '2 weeks': '2 седмици',
    '15 minutes': '15 минути',
    '2 years': '2 години',
    'session to 2 years': 'от края на сесията до 2 години',
    '1 year': '1 година',
    '30 minutes to 1 year': 'от 30 минути до 1 година',
    '30 days': '30 дни',
    // YouTube's player storage in its own iframe (vendors/youtube.ts, frameStorage)
    'Gives this browser an ID for playing videos on a TV.': 'Дава на този браузър идентификатор за пускане на видеоклипове на телевизор.',
    'Lists the TVs this browser played videos on.': 'Изброява телевизорите, на които този браузър е пускал видеоклипове.',
    'Keeps your player settings and connection speed.': 'Пази настройките на плейъра ви и скоростта на връзката ви.',
    "Keeps the player's own records.": 'Пази собствените записи на плейъра.',
    'Queues what the player sends to YouTube.': 'Нарежда на опашка това, което плейърът изпраща до YouTube.',
    'Keeps the state of playing on a TV.': 'Пази състоянието на възпроизвеждането на телевизор.',
    "Lists the player's own databases.": 'Изброява собствените бази данни на плейъра.',
    'Queues usage logs before they are sent to YouTube.': 'Нарежда на опашка записите за използване, преди да бъдат изпратени до YouTube.',
    '1 day': '1 ден',
    'until you clear it': 'докато не го изчистите',
    session: 'сесия',
    // The embeds' words (vendors/youtube.ts, vimeo.ts, google-maps.ts): placeholders, preferences, declaration
    'Plays videos from YouTube in our pages; Google learns you watched them.':
      'Пуска видеоклипове от YouTube в нашите страници; Google научава, че сте ги гледали.',
    'Counts the videos you watch.': 'Брои видеоклиповете, които гледате.',
    'Estimates your connection and suggests videos.': 'Преценява връзката ви и предлага видеоклипове.',
    'Keeps your cookie choice on YouTube.': 'Пази избора ви за бисквитките в YouTube.',
    'Keeps your player settings.': 'Пази настройките на плейъра ви.',
    'Plays videos from Vimeo in our pages; Vimeo counts who watched them.':
      'Пуска видеоклипове от Vimeo в нашите страници; Vimeo брои кой ги е гледал.',
    'Tells viewers apart to count views.': 'Различава зрителите, за да брои гледанията.',
    'Tells people from bots.': 'Различава хората от ботовете.',
    'Shows our shops on a Google map; Google learns where you looked.':
      'Показва магазините ни на карта на Google; Google научава къде сте гледали.',
    'Keeps your Google settings and chooses adverts.': 'Пази настройките ви в Google и избира реклами.',
    '6 months': '6 месеца',
    '8 months': '8 месеца',
    '30 minutes': '30 минути',
  },
};

// Kept out of `banner` and `prefs`, so no shopper downloads it: only the tests read it.
export const sameAsEnglish: SameAsEnglish = {};
