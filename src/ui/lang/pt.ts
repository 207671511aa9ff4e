// Portuguese (European): the UI, the catalog's words and the cookie declaration's headings. Not yet reviewed by a native speaker.
import type { BannerTexts, PrefsPack, SameAsEnglish } from './pack';

/** Read by the docs and tests only; no shipped file carries it. */
export const reviewed = false;

/** The banner's words: all the UI chunk carries of this language. */
export const banner: BannerTexts = {
  title: 'Cookies neste site',
  body: 'Só utilizamos cookies opcionais de preferências, análise e marketing se os aceitar. Pode mudar de ideias a qualquer momento.',
  policy: 'Política de cookies',
  accept: 'Aceitar todos',
  reject: 'Rejeitar todos',
  manage: 'Gerir preferências',
  signal: 'O sinal de privacidade do seu navegador é respeitado.',
};

/** The rest: the preferences, the cookie declaration, the placeholders, the catalog's words (the preferences part). */
export const prefs: PrefsPack = {
  text: {
    save: 'Guardar preferências',
    close: 'Fechar',
    dialog: 'Preferências de cookies',
    intro:
      'Escolha os cookies opcionais que podemos utilizar. Os cookies necessários mantêm o site a funcionar e não podem ser desativados.',
    'cat.necessary': 'Necessários',
    'cat.necessary.text': 'Indispensáveis ao funcionamento do site, como o seu cesto e esta escolha.',
    'cat.preferences': 'Preferências',
    'cat.preferences.text': 'Memorizam definições, como os produtos vistos recentemente.',
    'cat.analytics': 'Análise',
    'cat.analytics.text': 'Ajudam-nos a perceber como o site é utilizado para o podermos melhorar.',
    'cat.marketing': 'Marketing',
    'cat.marketing.text': 'Mostram ofertas relevantes e medem a nossa publicidade.',
    details: 'Sobre {name}',
    company: 'Empresa',
    purpose: 'Finalidade',
    cookies: 'Cookies',
    privacy: 'Política de privacidade',
    transfer: 'Os dados saem do Reino Unido/EEE',
    yes: 'Sim',
    no: 'Não',
    cookie: 'Cookie',
    provider: 'Fornecedor',
    lifetime: 'Duração',
    party: 'Definido por',
    first: 'Próprio',
    third: 'De terceiros',
    site: 'Este site',
    consent: 'Memoriza as suas escolhas de cookies.',
    days: '{n} dias',
    none: 'Nenhum cookie.',
    download: 'Transferir o meu registo de consentimento',
    'embed.cookies': 'Ao carregar, {name} pode definir cookies.',
    'embed.video': 'Carregar vídeo',
    'embed.map': 'Carregar mapa',
    'embed.content': 'Carregar conteúdo',
  },
  catalog: {
    'Shows you our adverts on other sites and tells us which adverts led to a purchase.':
      'Mostra os nossos anúncios noutros sites e diz-nos que anúncios levaram a uma compra.',
    'Shows offers that suit you and reminds you by e-mail of what you left in your basket.':
      'Mostra ofertas adequadas a si e lembra-lhe por e-mail o que deixou no cesto.',
    'Counts visits and shows us, in totals, how the shop is used.': 'Conta as visitas e mostra-nos, em totais, como a loja é utilizada.',
    'Records clicks and scrolling so we can see which pages confuse people.':
      'Regista cliques e deslocamentos para vermos que páginas confundem as pessoas.',
    'Shows us which features of the shop and app are used, so we can improve them.':
      'Mostra-nos que funcionalidades da loja e da aplicação são utilizadas, para as podermos melhorar.',
    'Tells partner sites that sent you here that you bought something, so they are paid.':
      'Informa os sites parceiros que o enviaram para aqui de que comprou algo, para que sejam pagos.',
    'Links an ad click to a purchase.': 'Associa um clique num anúncio a uma compra.',
    'Counts ad views.': 'Conta as visualizações de anúncios.',
    'Chooses adverts for you.': 'Escolhe anúncios para si.',
    'Checks cookies work.': 'Verifica se os cookies funcionam.',
    'Tells visitors apart.': 'Distingue os visitantes.',
    'Keeps the visit going.': 'Mantém a visita ativa.',
    'Keeps the visit and survey state.': 'Guarda o estado da visita e dos inquéritos.',
    'Remembers which partner sent you.': 'Memoriza que parceiro o enviou.',
    '90 days': '90 dias',
    '13 months': '13 meses',
    '2 weeks': '2 semanas',
    '15 minutes': '15 minutos',
    '2 years': '2 anos',
    'session to 2 years': 'da sessão a 2 anos',
    '1 year': '1 ano',
    '30 minutes to 1 year': 'de 30 minutos a 1 ano',
    '30 days': '30 dias',
    // YouTube's player storage in its own iframe (vendors/youtube.ts, frameStorage)
    'Gives this browser an ID for playing videos on a TV.': 'Dá a este navegador um ID para reproduzir vídeos numa televisão.',
    'Lists the TVs this browser played videos on.': 'Lista as televisões em que este navegador reproduziu vídeos.',
    'Keeps your player settings and connection speed.': 'Guarda as definições do seu leitor e a velocidade da sua ligação.',
    "Keeps the player's own records.": 'Guarda os registos próprios do leitor.',
    'Queues what the player sends to YouTube.': 'Põe em fila o que o leitor envia ao YouTube.',
    'Keeps the state of playing on a TV.': 'Guarda o estado da reprodução numa televisão.',
    "Lists the player's own databases.": 'Lista as bases de dados próprias do leitor.',
    'Queues usage logs before they are sent to YouTube.': 'Põe em fila os registos de utilização antes de serem enviados ao YouTube.',
    '1 day': '1 dia',
    'until you clear it': 'até o apagar',
    session: 'sessão',
    // The embeds' words (vendors/youtube.ts, vimeo.ts, google-maps.ts): placeholders, preferences, declaration
    'Plays videos from YouTube in our pages; Google learns you watched them.':
      'Reproduz vídeos do YouTube nas nossas páginas; a Google fica a saber que os viu.',
    'Counts the videos you watch.': 'Conta os vídeos que vê.',
    'Estimates your connection and suggests videos.': 'Estima a sua ligação e sugere vídeos.',
    'Keeps your cookie choice on YouTube.': 'Guarda a sua escolha de cookies no YouTube.',
    'Keeps your player settings.': 'Guarda as definições do seu leitor.',
    'Plays videos from Vimeo in our pages; Vimeo counts who watched them.':
      'Reproduz vídeos do Vimeo nas nossas páginas; o Vimeo conta quem os viu.',
    'Tells viewers apart to count views.': 'Distingue os espectadores para contar as visualizações.',
    'Tells people from bots.': 'Distingue pessoas de bots.',
    'Shows our shops on a Google map; Google learns where you looked.':
      'Mostra as nossas lojas num mapa da Google; a Google fica a saber onde olhou.',
    'Keeps your Google settings and chooses adverts.': 'Guarda as suas definições da Google e escolhe anúncios.',
    '6 months': '6 meses',
    '8 months': '8 meses',
    '30 minutes': '30 minutos',
  },
};

// Kept out of `banner` and `prefs`, so no shopper downloads it: only the tests read it.
export const sameAsEnglish: SameAsEnglish = {
  'cat.marketing': 'Portuguese uses the English loanword "Marketing" for this',
  cookies: '"Cookies" is the word Portuguese websites use, borrowed from English',
  cookie: '"Cookie" is the word Portuguese websites use, borrowed from English',
};
