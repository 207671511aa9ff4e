// Spanish: the UI, the catalog's words and the cookie declaration's headings. Not yet reviewed by a native speaker.
import type { BannerTexts, PrefsPack, SameAsEnglish } from './pack';

/** Read by the docs and tests only; no shipped file carries it. */
export const reviewed = false;

/** The banner's words: all the UI chunk carries of this language. */
export const banner: BannerTexts = {
  title: 'Cookies en este sitio',
  body: 'Solo usamos cookies opcionales de preferencias, analítica y marketing si las acepta. Puede cambiar de opinión en cualquier momento.',
  policy: 'Política de cookies',
  accept: 'Aceptar todas',
  reject: 'Rechazar todas',
  manage: 'Gestionar preferencias',
  signal: 'Se respeta la señal de privacidad de su navegador.',
};

/** The rest: the preferences, the cookie declaration, the placeholders, the catalog's words (the preferences part). */
export const prefs: PrefsPack = {
  text: {
    save: 'Guardar preferencias',
    close: 'Cerrar',
    dialog: 'Preferencias de cookies',
    intro: 'Elija qué cookies opcionales podemos usar. Las cookies necesarias hacen que el sitio funcione y no se pueden desactivar.',
    'cat.necessary': 'Necesarias',
    'cat.necessary.text': 'Imprescindibles para que el sitio funcione, como su cesta y esta elección.',
    'cat.preferences': 'Preferencias',
    'cat.preferences.text': 'Recuerdan ajustes, como los productos vistos recientemente.',
    'cat.analytics': 'Analítica',
    'cat.analytics.text': 'Nos ayudan a entender cómo se usa el sitio para mejorarlo.',
    'cat.marketing': 'Marketing',
    'cat.marketing.text': 'Muestran ofertas relevantes y miden nuestra publicidad.',
    details: 'Acerca de {name}',
    company: 'Empresa',
    purpose: 'Finalidad',
    cookies: 'Cookies',
    privacy: 'Política de privacidad',
    transfer: 'Los datos salen del Reino Unido/EEE',
    yes: 'Sí',
    no: 'No',
    cookie: 'Cookie',
    provider: 'Proveedor',
    lifetime: 'Duración',
    party: 'Establecida por',
    first: 'Propia',
    third: 'De terceros',
    site: 'Este sitio',
    consent: 'Recuerda sus elecciones de cookies.',
    days: '{n} días',
    none: 'Ninguna cookie.',
    download: 'Descargar mi registro de consentimiento',
    'embed.cookies': 'Al cargarlo, {name} podrá instalar cookies.',
    'embed.video': 'Cargar vídeo',
    'embed.map': 'Cargar mapa',
    'embed.content': 'Cargar contenido',
  },
  catalog: {
    'Shows you our adverts on other sites and tells us which adverts led to a purchase.':
      'Muestra nuestros anuncios en otros sitios y nos dice qué anuncios llevaron a una compra.',
    'Shows offers that suit you and reminds you by e-mail of what you left in your basket.':
      'Muestra ofertas que le interesan y le recuerda por correo electrónico lo que dejó en su cesta.',
    'Counts visits and shows us, in totals, how the shop is used.': 'Cuenta las visitas y nos muestra, en totales, cómo se usa la tienda.',
    'Records clicks and scrolling so we can see which pages confuse people.':
      'Registra clics y desplazamientos para que veamos qué páginas confunden a la gente.',
    'Shows us which features of the shop and app are used, so we can improve them.':
      'Nos muestra qué funciones de la tienda y de la aplicación se usan, para mejorarlas.',
    'Tells partner sites that sent you here that you bought something, so they are paid.':
      'Informa a los sitios asociados que le enviaron aquí de que ha comprado algo, para que cobren.',
    'Links an ad click to a purchase.': 'Vincula un clic en un anuncio con una compra.',
    'Counts ad views.': 'Cuenta las visualizaciones de anuncios.',
    'Chooses adverts for you.': 'Elige anuncios para usted.',
    'Checks cookies work.': 'Comprueba que las cookies funcionan.',
    'Tells visitors apart.': 'Distingue a los visitantes.',
    'Keeps the visit going.': 'Mantiene la visita.',
    'Keeps the visit and survey state.': 'Guarda el estado de la visita y de las encuestas.',
    'Remembers which partner sent you.': 'Recuerda qué socio le envió.',
    '90 days': '90 días',
    '13 months': '13 meses',
    '2 weeks': '2 semanas',
    '15 minutes': '15 minutos',
    '2 years': '2 años',
    'session to 2 years': 'de la sesión a 2 años',
    '1 year': '1 año',
    '30 minutes to 1 year': 'de 30 minutos a 1 año',
    '30 days': '30 días',
    // YouTube's player storage in its own iframe (vendors/youtube.ts, frameStorage)
    'Gives this browser an ID for playing videos on a TV.': 'Da a este navegador un identificador para reproducir vídeos en un televisor.',
    'Lists the TVs this browser played videos on.': 'Enumera los televisores en los que este navegador reprodujo vídeos.',
    'Keeps your player settings and connection speed.': 'Guarda los ajustes de su reproductor y su velocidad de conexión.',
    "Keeps the player's own records.": 'Guarda los registros propios del reproductor.',
    'Queues what the player sends to YouTube.': 'Pone en cola lo que el reproductor envía a YouTube.',
    'Keeps the state of playing on a TV.': 'Guarda el estado de la reproducción en un televisor.',
    "Lists the player's own databases.": 'Enumera las bases de datos propias del reproductor.',
    'Queues usage logs before they are sent to YouTube.': 'Pone en cola los registros de uso antes de enviarlos a YouTube.',
    '1 day': '1 día',
    'until you clear it': 'hasta que lo borre',
    session: 'sesión',
    // The embeds' words (vendors/youtube.ts, vimeo.ts, google-maps.ts): placeholders, preferences, declaration
    'Plays videos from YouTube in our pages; Google learns you watched them.':
      'Reproduce vídeos de YouTube en nuestras páginas; Google se entera de que los ha visto.',
    'Counts the videos you watch.': 'Cuenta los vídeos que ve.',
    'Estimates your connection and suggests videos.': 'Estima su conexión y sugiere vídeos.',
    'Keeps your cookie choice on YouTube.': 'Guarda su elección de cookies en YouTube.',
    'Keeps your player settings.': 'Guarda los ajustes de su reproductor.',
    'Plays videos from Vimeo in our pages; Vimeo counts who watched them.':
      'Reproduce vídeos de Vimeo en nuestras páginas; Vimeo cuenta quién los ha visto.',
    'Tells viewers apart to count views.': 'Distingue a los espectadores para contar las reproducciones.',
    'Tells people from bots.': 'Distingue a las personas de los bots.',
    'Shows our shops on a Google map; Google learns where you looked.':
      'Muestra nuestras tiendas en un mapa de Google; Google se entera de dónde ha mirado.',
    'Keeps your Google settings and chooses adverts.': 'Guarda sus ajustes de Google y elige anuncios.',
    '6 months': '6 meses',
    '8 months': '8 meses',
    '30 minutes': '30 minutos',
  },
};

// Kept out of `banner` and `prefs`, so no shopper downloads it: only the tests read it.
export const sameAsEnglish: SameAsEnglish = {
  'cat.marketing': 'Spanish uses the English loanword "Marketing" for this',
  cookies: '"Cookies" is the word Spanish websites use, borrowed from English',
  no: '"No" is the Spanish word for no',
  cookie: '"Cookie" is the word Spanish websites use, borrowed from English',
};
