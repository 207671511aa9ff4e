// Finnish: the UI, the catalog's words and the cookie declaration's headings. Not yet reviewed by a native speaker.
import type { BannerTexts, PrefsPack, SameAsEnglish } from './pack';

/** Read by the docs and tests only; no shipped file carries it. */
export const reviewed = false;

/** The banner's words: all the UI chunk carries of this language. */
export const banner: BannerTexts = {
  title: 'Evästeet tällä sivustolla',
  body: 'Käytämme valinnaisia evästeitä asetuksiin, analytiikkaan ja markkinointiin vain, jos hyväksyt ne. Voit muuttaa valintaasi milloin tahansa.',
  policy: 'Evästekäytäntö',
  accept: 'Hyväksy kaikki',
  reject: 'Hylkää kaikki',
  manage: 'Hallitse asetuksia',
  signal: 'Selaimesi tietosuojasignaalia noudatetaan.',
};

/** The rest: the preferences, the cookie declaration, the placeholders, the catalog's words (the preferences part). */
export const prefs: PrefsPack = {
  text: {
    save: 'Tallenna asetukset',
    close: 'Sulje',
    dialog: 'Evästeasetukset',
    intro:
      'Valitse, mitä valinnaisia evästeitä saamme käyttää. Välttämättömät evästeet pitävät sivuston toiminnassa, eikä niitä voi poistaa käytöstä.',
    'cat.necessary': 'Välttämättömät',
    'cat.necessary.text': 'Tarvitaan sivuston toimintaan, esimerkiksi ostoskoriisi ja tähän valintaan.',
    'cat.preferences': 'Asetukset',
    'cat.preferences.text': 'Muistavat asetukset, kuten äskettäin katsotut tuotteet.',
    'cat.analytics': 'Analytiikka',
    'cat.analytics.text': 'Auttavat meitä ymmärtämään, miten sivustoa käytetään, jotta voimme parantaa sitä.',
    'cat.marketing': 'Markkinointi',
    'cat.marketing.text': 'Näyttävät osuvia tarjouksia ja mittaavat mainontaamme.',
    details: 'Tietoja: {name}',
    company: 'Yritys',
    purpose: 'Tarkoitus',
    cookies: 'Evästeet',
    privacy: 'Tietosuojaseloste',
    transfer: 'Tietoja siirretään Yhdistyneen kuningaskunnan/ETA:n ulkopuolelle',
    yes: 'Kyllä',
    no: 'Ei',
    cookie: 'Eväste',
    provider: 'Palveluntarjoaja',
    lifetime: 'Voimassaolo',
    party: 'Asettaja',
    first: 'Ensimmäinen osapuoli',
    third: 'Kolmas osapuoli',
    site: 'Tämä sivusto',
    consent: 'Muistaa evästevalintasi.',
    days: '{n} päivää',
    none: 'Ei evästeitä.',
    download: 'Lataa suostumustietueeni',
    'embed.cookies': 'Latauksen jälkeen {name} voi tallentaa evästeitä.',
    'embed.video': 'Lataa video',
    'embed.map': 'Lataa kartta',
    'embed.content': 'Lataa sisältö',
  },
  catalog: {
    'Shows you our adverts on other sites and tells us which adverts led to a purchase.':
      'Näyttää mainoksiamme muilla sivustoilla ja kertoo meille, mitkä mainokset johtivat ostoon.',
    'Shows offers that suit you and reminds you by e-mail of what you left in your basket.':
      'Näyttää sinulle sopivia tarjouksia ja muistuttaa sähköpostilla, mitä jätit ostoskoriin.',
    'Counts visits and shows us, in totals, how the shop is used.':
      'Laskee käynnit ja näyttää meille yhteenvetona, miten kauppaa käytetään.',
    'Records clicks and scrolling so we can see which pages confuse people.':
      'Tallentaa klikkaukset ja vierityksen, jotta näemme, mitkä sivut hämmentävät ihmisiä.',
    'Shows us which features of the shop and app are used, so we can improve them.':
      'Näyttää meille, mitä kaupan ja sovelluksen toimintoja käytetään, jotta voimme parantaa niitä.',
    'Tells partner sites that sent you here that you bought something, so they are paid.':
      'Kertoo kumppanisivustoille, jotka ohjasivat sinut tänne, että ostit jotain, jotta niille maksetaan.',
    'Links an ad click to a purchase.': 'Yhdistää mainoksen klikkauksen ostoon.',
    'Counts ad views.': 'Laskee mainosten näyttökerrat.',
    'Chooses adverts for you.': 'Valitsee sinulle mainoksia.',
    'Checks cookies work.': 'Tarkistaa, että evästeet toimivat.',
    'Tells visitors apart.': 'Erottaa kävijät toisistaan.',
    'Keeps the visit going.': 'Pitää käynnin käynnissä.',
    'Keeps the visit and survey state.': 'Säilyttää käynnin ja kyselyn tilan.',
    'Remembers which partner sent you.': 'Muistaa, mikä kumppani ohjasi sinut.',
    '90 days': '90 päivää',
    '13 months': '13 kuukautta',
    '2 weeks': '2 viikkoa',
    '15 minutes': '15 minuuttia',
    '2 years': '2 vuotta',
    'session to 2 years': 'istunnosta 2 vuoteen',
    '1 year': '1 vuosi',
    '30 minutes to 1 year': '30 minuutista 1 vuoteen',
    '30 days': '30 päivää',
    // YouTube's player storage in its own iframe (vendors/youtube.ts, frameStorage)
    'Gives this browser an ID for playing videos on a TV.': 'Antaa tälle selaimelle tunnisteen videoiden toistamiseen televisiossa.',
    'Lists the TVs this browser played videos on.': 'Luettelee televisiot, joissa tämä selain on toistanut videoita.',
    'Keeps your player settings and connection speed.': 'Säilyttää soittimesi asetukset ja yhteytesi nopeuden.',
    "Keeps the player's own records.": 'Säilyttää soittimen omat tietueet.',
    'Queues what the player sends to YouTube.': 'Asettaa jonoon sen, mitä soitin lähettää YouTubelle.',
    'Keeps the state of playing on a TV.': 'Säilyttää televisiossa toistamisen tilan.',
    "Lists the player's own databases.": 'Luettelee soittimen omat tietokannat.',
    'Queues usage logs before they are sent to YouTube.': 'Asettaa käyttölokit jonoon ennen niiden lähettämistä YouTubelle.',
    '1 day': '1 päivä',
    'until you clear it': 'kunnes tyhjennät sen',
    session: 'istunto',
    // The embeds' words (vendors/youtube.ts, vimeo.ts, google-maps.ts): placeholders, preferences, declaration
    'Plays videos from YouTube in our pages; Google learns you watched them.':
      'Toistaa YouTube-videoita sivuillamme; Google saa tietää, että katsoit ne.',
    'Counts the videos you watch.': 'Laskee katsomasi videot.',
    'Estimates your connection and suggests videos.': 'Arvioi yhteytesi ja ehdottaa videoita.',
    'Keeps your cookie choice on YouTube.': 'Säilyttää evästevalintasi YouTubessa.',
    'Keeps your player settings.': 'Säilyttää soittimesi asetukset.',
    'Plays videos from Vimeo in our pages; Vimeo counts who watched them.':
      'Toistaa Vimeo-videoita sivuillamme; Vimeo laskee, kuka ne katsoi.',
    'Tells viewers apart to count views.': 'Erottaa katsojat toisistaan katselukertojen laskemiseksi.',
    'Tells people from bots.': 'Erottaa ihmiset boteista.',
    'Shows our shops on a Google map; Google learns where you looked.':
      'Näyttää myymälämme Google-kartalla; Google saa tietää, mitä paikkoja katsoit.',
    'Keeps your Google settings and chooses adverts.': 'Säilyttää Google-asetuksesi ja valitsee mainoksia.',
    '6 months': '6 kuukautta',
    '8 months': '8 kuukautta',
    '30 minutes': '30 minuuttia',
  },
};

// Kept out of `banner` and `prefs`, so no shopper downloads it: only the tests read it.
export const sameAsEnglish: SameAsEnglish = {};
