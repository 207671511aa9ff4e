// Greek: the UI, the catalog's words and the cookie declaration's headings. Not yet reviewed by a native speaker.
import type { BannerTexts, PrefsPack, SameAsEnglish } from './pack';

/** Read by the docs and tests only; no shipped file carries it. */
export const reviewed = false;

/** The banner's words: all the UI chunk carries of this language. */
export const banner: BannerTexts = {
  title: 'Cookies σε αυτόν τον ιστότοπο',
  body: 'Χρησιμοποιούμε προαιρετικά cookies για προτιμήσεις, στατιστικά και μάρκετινγκ μόνο αν τα αποδεχτείτε. Μπορείτε να αλλάξετε γνώμη ανά πάσα στιγμή.',
  policy: 'Πολιτική cookies',
  accept: 'Αποδοχή όλων',
  reject: 'Απόρριψη όλων',
  manage: 'Διαχείριση προτιμήσεων',
  signal: 'Το σήμα απορρήτου του προγράμματος περιήγησής σας γίνεται σεβαστό.',
};

/** The rest: the preferences, the cookie declaration, the placeholders, the catalog's words (the preferences part). */
export const prefs: PrefsPack = {
  text: {
    save: 'Αποθήκευση προτιμήσεων',
    close: 'Κλείσιμο',
    dialog: 'Προτιμήσεις cookies',
    intro:
      'Επιλέξτε ποια προαιρετικά cookies μπορούμε να χρησιμοποιούμε. Τα απαραίτητα cookies κρατούν τον ιστότοπο σε λειτουργία και δεν απενεργοποιούνται.',
    'cat.necessary': 'Απαραίτητα',
    'cat.necessary.text': 'Χρειάζονται για να λειτουργεί ο ιστότοπος, όπως το καλάθι σας και αυτή η επιλογή.',
    'cat.preferences': 'Προτιμήσεις',
    'cat.preferences.text': 'Θυμούνται ρυθμίσεις, όπως τα προϊόντα που είδατε πρόσφατα.',
    'cat.analytics': 'Στατιστικά',
    'cat.analytics.text': 'Μας βοηθούν να καταλάβουμε πώς χρησιμοποιείται ο ιστότοπος, ώστε να τον βελτιώσουμε.',
    'cat.marketing': 'Μάρκετινγκ',
    'cat.marketing.text': 'Δείχνουν σχετικές προσφορές και μετρούν τη διαφήμισή μας.',
    details: 'Σχετικά με {name}',
    company: 'Εταιρεία',
    purpose: 'Σκοπός',
    cookies: 'Cookies',
    privacy: 'Πολιτική απορρήτου',
    transfer: 'Τα δεδομένα φεύγουν από ΗΒ/ΕΟΧ',
    yes: 'Ναι',
    no: 'Όχι',
    cookie: 'Cookie',
    provider: 'Πάροχος',
    lifetime: 'Διάρκεια',
    party: 'Ορίζεται από',
    first: 'Πρώτου μέρους',
    third: 'Τρίτου μέρους',
    site: 'Αυτός ο ιστότοπος',
    consent: 'Θυμάται τις επιλογές σας για τα cookies.',
    days: '{n} ημέρες',
    none: 'Κανένα cookie.',
    download: 'Λήψη της καταγραφής της συγκατάθεσής μου',
    'embed.cookies': 'Η φόρτωση επιτρέπει στο {name} να αποθηκεύει cookies.',
    'embed.video': 'Φόρτωση βίντεο',
    'embed.map': 'Φόρτωση χάρτη',
    'embed.content': 'Φόρτωση περιεχομένου',
  },
  catalog: {
    'Shows you our adverts on other sites and tells us which adverts led to a purchase.':
      'Δείχνει τις διαφημίσεις μας σε άλλους ιστότοπους και μας λέει ποιες διαφημίσεις οδήγησαν σε αγορά.',
    'Shows offers that suit you and reminds you by e-mail of what you left in your basket.':
      'Δείχνει προσφορές που σας ταιριάζουν και σας υπενθυμίζει με email τι αφήσατε στο καλάθι σας.',
    'Counts visits and shows us, in totals, how the shop is used.':
      'Μετρά τις επισκέψεις και μας δείχνει, συνολικά, πώς χρησιμοποιείται το κατάστημα.',
    'Records clicks and scrolling so we can see which pages confuse people.':
      'Καταγράφει κλικ και κύλιση, ώστε να βλέπουμε ποιες σελίδες μπερδεύουν τους επισκέπτες.',
    'Shows us which features of the shop and app are used, so we can improve them.':
      'Μας δείχνει ποιες λειτουργίες του καταστήματος και της εφαρμογής χρησιμοποιούνται, ώστε να τις βελτιώσουμε.',
    'Tells partner sites that sent you here that you bought something, so they are paid.':
      'Ενημερώνει τους συνεργαζόμενους ιστότοπους που σας έστειλαν εδώ ότι αγοράσατε κάτι, ώστε να πληρωθούν.',
    'Links an ad click to a purchase.': 'Συνδέει ένα κλικ σε διαφήμιση με μια αγορά.',
    'Counts ad views.': 'Μετρά τις προβολές διαφημίσεων.',
    'Chooses adverts for you.': 'Επιλέγει διαφημίσεις για εσάς.',
    'Checks cookies work.': 'Ελέγχει ότι τα cookies λειτουργούν.',
    'Tells visitors apart.': 'Ξεχωρίζει τους επισκέπτες.',
    'Keeps the visit going.': 'Διατηρεί την επίσκεψη.',
    'Keeps the visit and survey state.': 'Διατηρεί την κατάσταση της επίσκεψης και της έρευνας.',
    'Remembers which partner sent you.': 'Θυμάται ποιος συνεργάτης σας έστειλε.',
    '90 days': '90 ημέρες',
    '13 months': '13 μήνες',
    '2 weeks': '2 εβδομάδες',
    '15 minutes': '15 λεπτά',
    '2 years': '2 έτη',
    'session to 2 years': 'από τη συνεδρία έως 2 έτη',
    '1 year': '1 έτος',
    '30 minutes to 1 year': 'από 30 λεπτά έως 1 έτος',
    '30 days': '30 ημέρες',
    // YouTube's player storage in its own iframe (vendors/youtube.ts, frameStorage)
    'Gives this browser an ID for playing videos on a TV.':
      'Δίνει σε αυτό το πρόγραμμα περιήγησης ένα αναγνωριστικό για την αναπαραγωγή βίντεο σε τηλεόραση.',
    'Lists the TVs this browser played videos on.':
      'Απαριθμεί τις τηλεοράσεις στις οποίες αυτό το πρόγραμμα περιήγησης αναπαρήγαγε βίντεο.',
    'Keeps your player settings and connection speed.':
      'Διατηρεί τις ρυθμίσεις του προγράμματος αναπαραγωγής σας και την ταχύτητα της σύνδεσής σας.',
    "Keeps the player's own records.": 'Διατηρεί τις εγγραφές του ίδιου του προγράμματος αναπαραγωγής.',
    'Queues what the player sends to YouTube.': 'Βάζει σε ουρά ό,τι στέλνει το πρόγραμμα αναπαραγωγής στο YouTube.',
    'Keeps the state of playing on a TV.': 'Διατηρεί την κατάσταση της αναπαραγωγής σε τηλεόραση.',
    "Lists the player's own databases.": 'Απαριθμεί τις βάσεις δεδομένων του ίδιου του προγράμματος αναπαραγωγής.',
    'Queues usage logs before they are sent to YouTube.': 'Βάζει σε ουρά τα αρχεία καταγραφής χρήσης πριν σταλούν στο YouTube.',
    '1 day': '1 ημέρα',
    'until you clear it': 'μέχρι να το διαγράψετε',
    session: 'συνεδρία',
    // The embeds' words (vendors/youtube.ts, vimeo.ts, google-maps.ts): placeholders, preferences, declaration
    'Plays videos from YouTube in our pages; Google learns you watched them.':
      'Αναπαράγει βίντεο από το YouTube στις σελίδες μας· η Google μαθαίνει ότι τα παρακολουθήσατε.',
    'Counts the videos you watch.': 'Μετρά τα βίντεο που παρακολουθείτε.',
    'Estimates your connection and suggests videos.': 'Εκτιμά τη σύνδεσή σας και προτείνει βίντεο.',
    'Keeps your cookie choice on YouTube.': 'Διατηρεί την επιλογή σας για τα cookies στο YouTube.',
    'Keeps your player settings.': 'Διατηρεί τις ρυθμίσεις του προγράμματος αναπαραγωγής σας.',
    'Plays videos from Vimeo in our pages; Vimeo counts who watched them.':
      'Αναπαράγει βίντεο από το Vimeo στις σελίδες μας· το Vimeo μετρά ποιος τα παρακολούθησε.',
    'Tells viewers apart to count views.': 'Ξεχωρίζει τους θεατές για να μετρά τις προβολές.',
    'Tells people from bots.': 'Ξεχωρίζει τους ανθρώπους από τα ρομπότ.',
    'Shows our shops on a Google map; Google learns where you looked.':
      'Δείχνει τα καταστήματά μας σε χάρτη της Google· η Google μαθαίνει πού κοιτάξατε.',
    'Keeps your Google settings and chooses adverts.': 'Διατηρεί τις ρυθμίσεις σας στην Google και επιλέγει διαφημίσεις.',
    '6 months': '6 μήνες',
    '8 months': '8 μήνες',
    '30 minutes': '30 λεπτά',
  },
};

// Kept out of `banner` and `prefs`, so no shopper downloads it: only the tests read it.
export const sameAsEnglish: SameAsEnglish = {
  cookies: '"Cookies" is the word Greek websites use, borrowed from English',
  cookie: '"Cookie" is the word Greek websites use, borrowed from English',
};
