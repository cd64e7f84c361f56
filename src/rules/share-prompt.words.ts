/**
 * Word lists for the share-prompt rule, one list per concept and language. Phrases are compared on
 * letters and digits only, case-insensitively. An opener counts only at the start of a sentence,
 * and a line goes only when its sentences are prompts (see the rule): "Subscribe to our newsletter"
 * goes, "Readers can subscribe to the paper at the library" stays.
 */

/** Whole-line share, follow and subscribe buttons: "Share this article", "Follow us", "Abonnieren". */
export const SHARE_LABELS: Readonly<Record<string, readonly string[]>> = {
  en: [
    'share', 'share this', 'share this article', 'share this story', 'share this post', 'share this page', 'share article',
    'share story', 'share on facebook', 'share on twitter', 'share on linkedin', 'share on whatsapp', 'share via email',
    'share by email', 'share via', 'share on', 'share all sharing options', 'sharing options', 'share all sharing options for',
    'sharing is caring', 'tweet', 'tweet this', 'pin it', 'email this', 'email this article', 'follow', 'follow us',
    'follow us on twitter', 'follow us on facebook', 'follow us on instagram', 'follow us on social media', 'like us on facebook',
    'subscribe', 'subscribe now', 'subscribe today', 'newsletter', 'newsletters', 'sign up', 'sign up now', 'sign up today',
    'breaking news emails', 'get the app', 'download the app', 'join the conversation', 'connect with us', 'stay connected',
  ],
  de: [
    'teilen', 'artikel teilen', 'diesen artikel teilen', 'beitrag teilen', 'auf facebook teilen', 'auf twitter teilen', 'twittern',
    'per e-mail teilen', 'per mail versenden', 'folgen sie uns', 'folge uns', 'abonnieren', 'jetzt abonnieren', 'newsletter',
    'newsletter abonnieren', 'zum newsletter anmelden', 'newsletter bestellen',
  ],
  fr: [
    'partager', 'partager cet article', 'partager sur facebook', 'partager sur twitter', 'partager par e-mail', 'envoyer par e-mail',
    'suivez-nous', 'suivez nous', 's\'abonner', 'abonnez-vous', 'newsletter', 'inscrivez-vous à la newsletter', 'recevez notre newsletter',
  ],
  es: [
    'compartir', 'compartir este artículo', 'compartir en facebook', 'compartir en twitter', 'compartir en whatsapp',
    'enviar por correo', 'síguenos', 'suscríbete', 'suscribirse', 'boletín', 'newsletter', 'recibe nuestro boletín',
  ],
  pt: [
    'compartilhar', 'partilhar', 'compartilhe', 'partilhe', 'compartilhar no facebook', 'compartilhar no twitter',
    'compartilhar no whatsapp', 'partilhar no facebook', 'enviar por e-mail', 'siga-nos', 'assine', 'assine já', 'inscreva-se',
    'assine a newsletter', 'newsletter',
  ],
  it: [
    'condividi', 'condividi questo articolo', 'condividi su facebook', 'condividi su twitter', 'condividi su whatsapp',
    'invia per email', 'seguici', 'iscriviti', 'iscriviti alla newsletter', 'abbonati', 'newsletter',
  ],
  nl: ['delen', 'deel dit artikel', 'deel op facebook', 'deel op twitter', 'volg ons', 'abonneren', 'schrijf je in', 'nieuwsbrief', 'aanmelden voor de nieuwsbrief'],
  pl: ['udostępnij', 'podziel się', 'udostępnij na facebooku', 'udostępnij artykuł', 'obserwuj nas', 'subskrybuj', 'zapisz się', 'newsletter', 'zapisz się do newslettera'],
  ru: ['поделиться', 'поделитесь', 'поделиться в facebook', 'подписывайтесь', 'подпишитесь', 'подписаться', 'рассылка', 'подписаться на рассылку', 'следите за нами'],
  tr: ['paylaş', 'paylaşın', 'haberi paylaş', 'facebook ta paylaş', 'twitter da paylaş', 'bizi takip edin', 'takip et', 'abone ol', 'bültene abone ol', 'e-bülten'],
  zh: ['分享', '分享到', '分享至', '分享本文', '分享此文', '微信扫一扫', '扫一扫分享', '关注我们'],
  ja: ['シェア', 'シェアする', 'この記事をシェア', 'この記事をシェアする', 'ツイート', 'ツイートする', 'フォローする'],
};

/** Share targets and buttons printed in a row: "Share Tweet Submit", "Facebook Twitter WhatsApp Email". */
export const SHARE_TOKENS: readonly string[] = [
  'share', 'tweet', 'submit', 'email', 'e-mail', 'mail', 'print', 'copy link', 'copy', 'link', 'facebook', 'twitter', 'x',
  'whatsapp', 'linkedin', 'pinterest', 'pin', 'reddit', 'telegram', 'messenger', 'sms', 'flipboard', 'tumblr', 'xing', 'vk',
  'vkontakte', 'odnoklassniki', 'одноклассники', 'вконтакте', 'threads', 'bluesky', 'mastodon', 'pocket', 'google',
  'teilen', 'partager', 'compartir', 'compartilhar', 'partilhar', 'condividi', 'delen', 'udostępnij', 'поделиться', 'paylaş',
  'twittern', 'drucken', 'imprimer', 'imprimir', 'stampa', 'afdrukken', 'drukuj', 'печать', 'yazdır',
  '分享', '分享到', '微信', '微博', '朋友圈', 'qq', 'qq空间', 'シェア', 'ツイート', 'はてなブックマーク',
];

/** Sentence openers that make a prompt on their own: "Subscribe to WIRED …", "Sign up for …", "Click here to …". */
export const STRONG_OPENERS: Readonly<Record<string, readonly string[]>> = {
  en: [
    'subscribe to', 'subscribe for', 'subscribe now', 'subscribe today', 'sign up for', 'sign up to', 'sign up here',
    'sign up now', 'sign up', 'follow us', 'like us on', 'click to subscribe', 'download our app', 'download the app', 'get the app', 'join our', 'join us on',
    'have a tip', 'got a tip', 'send us a tip', 'want more', 'want more stories', 'don\'t miss out', 'never miss',
    'stay up to date', 'stay informed', 'support our journalism', 'become a member', 'become a subscriber',
    'reach the reporter', 'reach the reporters', 'contact the reporter', 'contact the author', 'email the author',
    'there\'s plenty more where that came from', 'enjoyed this article', 'liked this article',
  ],
  de: [
    'abonnieren sie', 'jetzt abonnieren', 'melden sie sich', 'folgen sie uns', 'folge uns',
    'laden sie unsere app', 'unterstützen sie', 'werden sie mitglied', 'mehr aus der region',
  ],
  fr: ['abonnez-vous', 'inscrivez-vous', 'suivez-nous', 'téléchargez notre application', 'rejoignez-nous', 'soutenez'],
  es: ['suscríbete', 'suscríbase', 'regístrate', 'síguenos', 'descarga nuestra app', 'únete'],
  pt: ['assine', 'inscreva-se', 'cadastre-se', 'siga-nos', 'baixe o app', 'baixe nosso aplicativo', 'participe do nosso'],
  it: ['iscriviti', 'abbonati', 'seguici', 'scarica la nostra app', 'sostieni'],
  nl: ['abonneer je', 'abonneer nu', 'schrijf je in', 'meld je aan', 'volg ons', 'download onze app'],
  pl: ['subskrybuj', 'zapisz się', 'obserwuj nas', 'pobierz naszą aplikację', 'wesprzyj'],
  ru: ['подпишитесь', 'подписывайтесь', 'следите за нами', 'скачайте наше приложение', 'присоединяйтесь'],
  tr: ['abone olun', 'abone ol', 'bizi takip edin', 'uygulamamızı indirin', 'katılın'],
};

/** Openers that make a prompt only with a prompt object in the same sentence: "Get breaking news alerts …", "Follow him on Twitter". */
export const WEAK_OPENERS: Readonly<Record<string, readonly string[]>> = {
  en: ['get', 'follow', 'follow him', 'follow her', 'follow them', 'follow me', 'join', 'download', 'email', 'listen to', 'stay on top of', 'click here', 'click here to', 'click here for', 'tap here'],
  de: ['folgen sie', 'holen sie sich', 'laden sie', 'erhalten sie', 'klicken sie hier', 'hier klicken'],
  fr: ['suivez', 'recevez', 'téléchargez', 'retrouvez', 'cliquez ici'],
  es: ['sigue', 'recibe', 'descarga', 'haz clic aquí', 'pincha aquí'],
  pt: ['siga', 'receba', 'baixe', 'acompanhe', 'clique aqui'],
  it: ['segui', 'ricevi', 'scarica', 'clicca qui'],
  nl: ['volg', 'ontvang', 'download', 'klik hier'],
  pl: ['obserwuj', 'pobierz', 'otrzymuj', 'kliknij tutaj'],
  ru: ['следите', 'читайте нас', 'скачайте', 'получайте', 'нажмите здесь'],
  tr: ['takip edin', 'indirin', 'alın', 'tıklayın'],
};

/** What a prompt asks the reader to get or follow: "newsletter", "inbox", "alerts", "Twitter". */
export const PROMPT_OBJECTS: Readonly<Record<string, readonly string[]>> = {
  en: [
    'newsletter', 'newsletters', 'inbox', 'email', 'emails', 'e-mail', 'alerts', 'updates', 'notifications', 'app', 'podcast',
    'channel', 'youtube', 'twitter', 'facebook', 'instagram', 'linkedin', 'tiktok', 'telegram', 'whatsapp', 'rss', 'feed',
    'subscription', 'subscriptions', 'subscribe', 'subscriber', 'subscribers', 'forums', 'forum', 'membership', 'digest', 'delivered', 'letterbox',
  ],
  de: ['newsletter', 'postfach', 'e-mail', 'app', 'kanal', 'benachrichtigungen', 'abo', 'twitter', 'facebook', 'instagram', 'whatsapp', 'telegram'],
  fr: ['newsletter', 'lettre d\'information', 'boîte mail', 'e-mail', 'application', 'alertes', 'chaîne', 'abonnement', 'twitter', 'facebook', 'instagram'],
  es: ['boletín', 'newsletter', 'correo', 'bandeja', 'aplicación', 'app', 'alertas', 'canal', 'suscripción', 'twitter', 'facebook', 'instagram', 'whatsapp'],
  pt: ['newsletter', 'boletim', 'e-mail', 'caixa de entrada', 'aplicativo', 'app', 'alertas', 'canal', 'assinatura', 'twitter', 'facebook', 'instagram', 'whatsapp'],
  it: ['newsletter', 'email', 'posta', 'app', 'canale', 'notifiche', 'abbonamento', 'twitter', 'facebook', 'instagram', 'whatsapp', 'telegram'],
  nl: ['nieuwsbrief', 'inbox', 'e-mail', 'app', 'kanaal', 'meldingen', 'abonnement', 'twitter', 'facebook', 'instagram'],
  pl: ['newsletter', 'newslettera', 'skrzynkę', 'e-mail', 'aplikację', 'kanał', 'powiadomienia', 'subskrypcję', 'twitterze', 'facebooku', 'instagramie'],
  ru: ['рассылку', 'рассылка', 'почту', 'телеграм', 'telegram', 'канал', 'приложение', 'уведомления', 'подписку', 'твиттере', 'вконтакте', 'дзен'],
  tr: ['bülten', 'bültenimize', 'e-posta', 'uygulama', 'kanal', 'kanalımıza', 'bildirim', 'abonelik', 'twitter', 'facebook', 'instagram'],
};

/** Contact phrases of a reporter's sign-off, counted with an address or handle: "may be reached at jane@…". */
export const CONTACT_PHRASES: Readonly<Record<string, readonly string[]>> = {
  en: [
    'may be reached at', 'can be reached at', 'be reached at', 'reach the reporter', 'reach the reporters', 'contact the reporter',
    'email the author', 'follow him on', 'follow her on', 'follow them on', 'follow us on', 'follow me on', 'follow him', 'follow her',
    'let us know at', 'let us know', 'send tips to', 'tips to', 'on twitter at', 'email him at', 'email her at', 'contact us at',
  ],
  de: ['erreichen sie', 'folgen sie ihm', 'folgen sie ihr', 'schreiben sie an', 'kontakt'],
  fr: ['joindre à', 'suivez-le sur', 'suivez-la sur', 'écrivez-nous', 'contactez'],
  es: ['síguelo en', 'síguela en', 'escríbenos', 'contacto'],
  pt: ['siga-o no', 'siga-a no', 'escreva para', 'contato'],
  it: ['seguilo su', 'seguila su', 'scrivi a', 'contatti'],
  nl: ['volg hem op', 'volg haar op', 'mail naar', 'contact'],
  pl: ['obserwuj go na', 'obserwuj ją na', 'napisz do', 'kontakt'],
  ru: ['пишите на', 'связаться', 'следите за ним', 'следите за ней'],
  tr: ['takip edebilirsiniz', 'ulaşabilirsiniz', 'iletişim'],
};
