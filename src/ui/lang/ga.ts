// Irish: the UI, the catalog's words and the cookie declaration's headings. Not yet reviewed by a native speaker.
import type { BannerTexts, PrefsPack, SameAsEnglish } from './pack';

/** Read by the docs and tests only; no shipped file carries it. */
export const reviewed = false;

/** The banner's words: all the UI chunk carries of this language. */
export const banner: BannerTexts = {
  title: 'Fianáin ar an suíomh seo',
  body: 'Ní úsáidimid fianáin roghnacha le haghaidh roghanna, anailíse agus margaíochta ach amháin má ghlacann tú leo. Is féidir leat d’intinn a athrú am ar bith.',
  policy: 'Beartas fianán',
  accept: 'Glac le gach ceann',
  reject: 'Diúltaigh do gach ceann',
  manage: 'Bainistigh roghanna',
  signal: 'Urramaítear comhartha príobháideachais do bhrabhsálaí.',
};

/** The rest: the preferences, the cookie declaration, the placeholders, the catalog's words (the preferences part). */
export const prefs: PrefsPack = {
  text: {
    save: 'Sábháil roghanna',
    close: 'Dún',
    dialog: 'Roghanna fianán',
    intro:
      'Roghnaigh na fianáin roghnacha a fhéadfaimid a úsáid. Coinníonn fianáin riachtanacha an suíomh ag obair agus ní féidir iad a mhúchadh.',
    'cat.necessary': 'Riachtanach',
    'cat.necessary.text': 'Riachtanach chun go n-oibreoidh an suíomh, mar shampla do chiseán agus an rogha seo.',
    'cat.preferences': 'Roghanna',
    'cat.preferences.text': 'Meabhraíonn siad socruithe, mar shampla táirgí a breathnaíodh orthu le déanaí.',
    'cat.analytics': 'Anailísíocht',
    'cat.analytics.text': 'Cabhraíonn siad linn tuiscint a fháil ar an gcaoi a n-úsáidtear an suíomh ionas gur féidir linn é a fheabhsú.',
    'cat.marketing': 'Margaíocht',
    'cat.marketing.text': 'Taispeánann siad tairiscintí ábhartha agus tomhaiseann siad ár bhfógraíocht.',
    details: 'Maidir le {name}',
    company: 'Comhlacht',
    purpose: 'Cuspóir',
    cookies: 'Fianáin',
    privacy: 'Beartas príobháideachais',
    transfer: 'Fágann sonraí an RA/an LEE',
    yes: 'Tá',
    no: 'Níl',
    cookie: 'Fianán',
    provider: 'Soláthraí',
    lifetime: 'Saolré',
    party: 'Socraithe ag',
    first: 'Céad pháirtí',
    third: 'Tríú páirtí',
    site: 'An suíomh seo',
    consent: 'Meabhraíonn sé do roghanna fianán.',
    days: '{n} lá',
    none: 'Gan fianáin.',
    download: 'Íoslódáil mo thaifead toilithe',
    'embed.cookies': 'Má lódálann tú é, féadfaidh {name} fianáin a shocrú.',
    'embed.video': 'Lódáil an físeán',
    'embed.map': 'Lódáil an léarscáil',
    'embed.content': 'Lódáil an t-ábhar',
  },
  catalog: {
    'Shows you our adverts on other sites and tells us which adverts led to a purchase.':
      'Taispeánann sé ár bhfógraí ar shuíomhanna eile agus insíonn sé dúinn cé na fógraí ba chúis le ceannach.',
    'Shows offers that suit you and reminds you by e-mail of what you left in your basket.':
      'Taispeánann sé tairiscintí a oireann duit agus cuireann sé i gcuimhne duit trí ríomhphost cad a d’fhág tú i do chiseán.',
    'Counts visits and shows us, in totals, how the shop is used.':
      'Comhaireann sé cuairteanna agus taispeánann sé dúinn, in iomláin, conas a úsáidtear an siopa.',
    'Records clicks and scrolling so we can see which pages confuse people.':
      'Taifeadann sé cliceanna agus scrollú ionas go bhfeicfimid cé na leathanaigh a chuireann mearbhall ar dhaoine.',
    'Shows us which features of the shop and app are used, so we can improve them.':
      'Taispeánann sé dúinn cé na gnéithe den siopa agus den aip a úsáidtear, ionas gur féidir linn iad a fheabhsú.',
    'Tells partner sites that sent you here that you bought something, so they are paid.':
      'Insíonn sé do shuíomhanna comhpháirtíochta a sheol anseo thú gur cheannaigh tú rud éigin, ionas go n-íocfar iad.',
    'Links an ad click to a purchase.': 'Nascann sé clic ar fhógra le ceannach.',
    'Counts ad views.': 'Comhaireann sé amhairc ar fhógraí.',
    'Chooses adverts for you.': 'Roghnaíonn sé fógraí duit.',
    'Checks cookies work.': 'Seiceálann sé go n-oibríonn fianáin.',
    'Tells visitors apart.': 'Aithníonn sé cuairteoirí óna chéile.',
    'Keeps the visit going.': 'Coinníonn sé an chuairt ar siúl.',
    'Keeps the visit and survey state.': 'Coinníonn sé staid na cuairte agus an tsuirbhé.',
    'Remembers which partner sent you.': 'Meabhraíonn sé cén comhpháirtí a sheol thú.',
    '90 days': '90 lá',
    '13 months': '13 mhí',
    '2 weeks': '2 sheachtain',
    '15 minutes': '15 nóiméad',
    '2 years': '2 bhliain',
    'session to 2 years': 'ón seisiún go 2 bhliain',
    '1 year': '1 bhliain',
    '30 minutes to 1 year': 'ó 30 nóiméad go 1 bhliain',
    '30 days': '30 lá',
    // YouTube's player storage in its own iframe (vendors/youtube.ts, frameStorage)
    'Gives this browser an ID for playing videos on a TV.': 'Tugann sé aitheantas don bhrabhsálaí seo chun físeáin a sheinm ar theilifís.',
    'Lists the TVs this browser played videos on.': 'Liostaíonn sé na teilifíseáin ar sheinn an brabhsálaí seo físeáin orthu.',
    'Keeps your player settings and connection speed.': 'Coinníonn sé socruithe do sheinnteora agus luas do cheangail.',
    "Keeps the player's own records.": 'Coinníonn sé taifid an tseinnteora féin.',
    'Queues what the player sends to YouTube.': 'Cuireann sé i scuaine a seolann an seinnteoir chuig YouTube.',
    'Keeps the state of playing on a TV.': 'Coinníonn sé staid na seinnte ar theilifís.',
    "Lists the player's own databases.": 'Liostaíonn sé bunachair sonraí an tseinnteora féin.',
    'Queues usage logs before they are sent to YouTube.': 'Cuireann sé logaí úsáide i scuaine sula seoltar chuig YouTube iad.',
    '1 day': '1 lá',
    'until you clear it': 'go nglanfaidh tú é',
    session: 'seisiún',
    // The embeds' words (vendors/youtube.ts, vimeo.ts, google-maps.ts): placeholders, preferences, declaration
    'Plays videos from YouTube in our pages; Google learns you watched them.':
      'Seinneann sé físeáin ó YouTube inár leathanaigh; faigheann Google amach gur fhéach tú orthu.',
    'Counts the videos you watch.': 'Comhaireann sé na físeáin a bhféachann tú orthu.',
    'Estimates your connection and suggests videos.': 'Measann sé do cheangal agus molann sé físeáin.',
    'Keeps your cookie choice on YouTube.': 'Coinníonn sé do rogha fianán ar YouTube.',
    'Keeps your player settings.': 'Coinníonn sé socruithe do sheinnteora.',
    'Plays videos from Vimeo in our pages; Vimeo counts who watched them.':
      'Seinneann sé físeáin ó Vimeo inár leathanaigh; comhaireann Vimeo cé a d’fhéach orthu.',
    'Tells viewers apart to count views.': 'Aithníonn sé lucht féachana óna chéile chun amhairc a chomhaireamh.',
    'Tells people from bots.': 'Idirdhealaíonn sé daoine ó róbait.',
    'Shows our shops on a Google map; Google learns where you looked.':
      'Taispeánann sé ár siopaí ar léarscáil Google; faigheann Google amach cá háit ar fhéach tú.',
    'Keeps your Google settings and chooses adverts.': 'Coinníonn sé do shocruithe Google agus roghnaíonn sé fógraí.',
    '6 months': '6 mhí',
    '8 months': '8 mí',
    '30 minutes': '30 nóiméad',
  },
};

// Kept out of `banner` and `prefs`, so no shopper downloads it: only the tests read it.
export const sameAsEnglish: SameAsEnglish = {};
