/**
 * Word lists for the interface-text rule, one list per concept and language. An entry matches only
 * a whole line (letters and digits compared, case-insensitively): "Close", "Advertisement",
 * "Skip to content", "Loading…". Words that could also be a real one-word heading ("Video",
 * "Search", "More") are in EDGE_LABELS and go only above or below the article body, or beside
 * another interface line.
 */

/** Interface text that never is article text when it fills a whole line. */
export const INTERFACE_LABELS: Readonly<Record<string, readonly string[]>> = {
  en: [
    'close', 'close x', 'advertisement', 'advertisements', 'advert', 'adverts', 'ad', 'ads', 'sponsored', 'sponsored content',
    'paid content', 'paid post', 'promoted', 'promoted content', 'skip to content', 'skip to main content', 'skip to navigation',
    'skip navigation', 'skip ad', 'skip advert', 'jump to content', 'media playback is unsupported on your device',
    'image caption', 'caption', 'media caption', 'hide caption', 'toggle caption', 'show caption', 'enlarge this image',
    'enlarge image', 'loading', 'loading content', 'loading comments', 'loading video', 'please wait', 'main menu',
    'open menu', 'close menu', 'toggle navigation', 'toggle menu', 'back to top', 'scroll to top', 'back to gallery',
    'print this page', 'print this article', 'print article', 'copy link', 'link copied', 'listen to this article',
    'listen to article', 'listen to this story', 'play video', 'watch video', 'watch now', 'continue reading',
    'read more', 'read full article', 'read full story', 'read the full story', 'read the full article', 'show more',
    'see more', 'load more', 'view more', 'view all', 'see all', 'view comments', 'hide comments', 'show comments',
    'sign in', 'log in', 'login', 'log out', 'logout', 'register', 'my account', 'cookie settings', 'accept cookies',
    'accept all cookies', 'report this ad', 'report an ad', 'ad feedback', 'this video is unavailable',
    'your browser does not support the video tag', 'your browser does not support html5 video',
    'please enable javascript', 'please enable javascript to view this content', 'javascript is disabled',
    'to view this video please enable javascript', 'this content is not available', 'view slideshow', 'launch slideshow',
    'open gallery', 'view gallery', 'view photos', 'see photos', 'enlarge', 'full screen', 'fullscreen',
    'exit full screen', 'replay', 'video player', 'now playing', 'autoplay', 'pause', 'mute', 'unmute', 'view author archive',
    'author archive', 'more from this author', 'view all posts', 'see all posts',
  ],
  de: [
    'schließen', 'anzeige', 'werbung', 'zum inhalt springen', 'zum hauptinhalt springen', 'springe zum inhalt',
    'direkt zum inhalt', 'bildunterschrift', 'bild vergrößern', 'wird geladen', 'lädt', 'inhalte werden geladen',
    'nach oben', 'zurück nach oben', 'seite drucken', 'artikel drucken', 'weiterlesen', 'mehr lesen', 'mehr anzeigen',
    'alle anzeigen', 'anmelden', 'einloggen', 'abmelden', 'registrieren', 'video abspielen', 'artikel vorlesen',
    'artikel anhören', 'cookie-einstellungen', 'alle akzeptieren', 'gesponserter inhalt', 'link kopiert', 'link kopieren',
  ],
  fr: [
    'fermer', 'publicité', 'pub', 'aller au contenu', 'aller au contenu principal', 'passer au contenu', 'légende',
    'agrandir l\'image', 'chargement', 'chargement en cours', 'retour en haut', 'haut de page', 'lire la suite',
    'voir plus', 'afficher plus', 'se connecter', 'connexion', 's\'inscrire', 'déconnexion', 'écouter cet article',
    'écouter l\'article', 'lire la vidéo', 'tout accepter', 'contenu sponsorisé', 'sponsorisé', 'lien copié',
  ],
  es: [
    'cerrar', 'publicidad', 'anuncio', 'saltar al contenido', 'ir al contenido', 'ir al contenido principal',
    'pie de foto', 'ampliar imagen', 'cargando', 'volver arriba', 'leer más', 'seguir leyendo', 'ver más',
    'mostrar más', 'cargar más', 'iniciar sesión', 'registrarse', 'cerrar sesión', 'escuchar noticia',
    'escuchar artículo', 'reproducir vídeo', 'reproducir video', 'aceptar cookies', 'contenido patrocinado',
    'patrocinado', 'enlace copiado',
  ],
  pt: [
    'fechar', 'publicidade', 'anúncio', 'pular para o conteúdo', 'ir para o conteúdo', 'saltar para o conteúdo',
    'legenda', 'ampliar imagem', 'carregando', 'a carregar', 'voltar ao topo', 'leia mais', 'ler mais',
    'continuar lendo', 'continue lendo', 'ver mais', 'carregar mais', 'cadastre-se', 'registre-se', 'ouvir notícia',
    'ouvir matéria', 'ouça esta notícia', 'reproduzir vídeo', 'aceitar cookies', 'conteúdo patrocinado', 'patrocinado',
    'link copiado',
  ],
  it: [
    'chiudi', 'pubblicità', 'annuncio', 'vai al contenuto', 'salta al contenuto', 'didascalia', 'ingrandisci immagine',
    'caricamento', 'caricamento in corso', 'torna su', 'torna in alto', 'leggi di più', 'leggi tutto',
    'continua a leggere', 'mostra di più', 'carica altri', 'accedi', 'registrati', 'ascolta l\'articolo',
    'riproduci video', 'accetta i cookie', 'contenuto sponsorizzato', 'sponsorizzato', 'link copiato',
  ],
  nl: [
    'sluiten', 'advertentie', 'reclame', 'naar inhoud', 'ga naar inhoud', 'direct naar inhoud', 'spring naar inhoud',
    'bijschrift', 'vergroot afbeelding', 'bezig met laden', 'terug naar boven', 'naar boven', 'lees meer', 'lees verder',
    'meer weergeven', 'toon meer', 'inloggen', 'uitloggen', 'video afspelen', 'beluister dit artikel',
    'cookies accepteren', 'gesponsorde inhoud', 'gesponsord', 'link gekopieerd',
  ],
  pl: [
    'zamknij', 'reklama', 'przejdź do treści', 'przejdź do zawartości', 'powiększ zdjęcie', 'ładowanie', 'wczytywanie',
    'do góry', 'na górę', 'czytaj więcej', 'czytaj dalej', 'pokaż więcej', 'zobacz więcej', 'zaloguj się',
    'zarejestruj się', 'wyloguj', 'posłuchaj artykułu', 'odtwórz wideo', 'akceptuję', 'treść sponsorowana',
    'sponsorowane', 'artykuł sponsorowany', 'link skopiowany',
  ],
  ru: [
    'закрыть', 'реклама', 'перейти к содержанию', 'перейти к основному содержанию', 'увеличить фото', 'загрузка',
    'загружается', 'наверх', 'читать далее', 'читать полностью', 'показать ещё', 'показать еще', 'загрузить ещё',
    'загрузить еще', 'войти', 'регистрация', 'выйти', 'прослушать статью', 'смотреть видео', 'принять',
    'партнерский материал', 'на правах рекламы', 'ссылка скопирована',
  ],
  tr: [
    'kapat', 'reklam', 'içeriğe geç', 'içeriğe atla', 'ana içeriğe geç', 'büyüt', 'yükleniyor', 'başa dön',
    'devamını oku', 'haberin devamı', 'daha fazla göster', 'tümünü gör', 'giriş yap', 'üye ol', 'kayıt ol',
    'haberi dinle', 'videoyu oynat', 'kabul et', 'kabul ediyorum', 'sponsorlu içerik', 'reklamı kapat', 'bağlantı kopyalandı',
  ],
};

/** Interface words that could also be a one-word heading: they go only above the body or beside other interface lines. */
export const EDGE_LABELS: Readonly<Record<string, readonly string[]>> = {
  en: [
    'more', 'next', 'previous', 'prev', 'top', 'video', 'videos', 'audio', 'search', 'email', 'e-mail', 'print', 'play',
    'watch', 'listen', 'account', 'settings', 'continue', 'reply', 'report', 'download', 'image', 'images', 'photo',
    'photos', 'gallery', 'ok', 'accept', 'cancel', 'submit', 'send', 'flag', 'embed', 'zoom', 'expand', 'collapse',
    'feedback', 'navigation', 'menu', 'back', 'home', 'x', 'up next',
  ],
  de: ['mehr', 'weiter', 'zurück', 'suche', 'suchen', 'menü', 'drucken', 'video', 'audio', 'galerie', 'bilder', 'fotos', 'senden', 'abbrechen'],
  fr: ['plus', 'suivant', 'précédent', 'rechercher', 'recherche', 'menu', 'imprimer', 'vidéo', 'galerie', 'photos', 'envoyer', 'annuler'],
  es: ['más', 'siguiente', 'anterior', 'buscar', 'búsqueda', 'menú', 'imprimir', 'vídeo', 'galería', 'fotos', 'enviar', 'cancelar'],
  pt: ['mais', 'próximo', 'anterior', 'buscar', 'pesquisar', 'menu', 'imprimir', 'vídeo', 'galeria', 'fotos', 'enviar', 'cancelar', 'entrar', 'sair'],
  it: ['altro', 'successivo', 'precedente', 'cerca', 'menu', 'stampa', 'video', 'galleria', 'foto', 'invia', 'annulla', 'esci'],
  nl: ['meer', 'volgende', 'vorige', 'zoeken', 'menu', 'afdrukken', 'video', 'galerij', 'foto\'s', 'verzenden', 'annuleren'],
  pl: ['więcej', 'następny', 'poprzedni', 'szukaj', 'menu', 'drukuj', 'wideo', 'galeria', 'zdjęcia', 'wyślij', 'anuluj'],
  ru: ['ещё', 'еще', 'далее', 'назад', 'поиск', 'меню', 'печать', 'видео', 'галерея', 'фото', 'отправить', 'отмена'],
  tr: ['daha', 'sonraki', 'önceki', 'ara', 'arama', 'menü', 'yazdır', 'video', 'galeri', 'fotoğraflar', 'gönder', 'iptal'],
};

/** Reading-time notes, counted with a number on a short line: "5 min read", "Tempo de leitura: 1 minuto". */
export const READING_TIME: Readonly<Record<string, readonly string[]>> = {
  en: ['reading time', 'read time', 'min read', 'minute read', 'minutes read', 'mins read', 'estimated reading time'],
  de: ['lesezeit', 'lesedauer', 'min lesezeit'],
  fr: ['temps de lecture', 'min de lecture', 'minutes de lecture'],
  es: ['tiempo de lectura', 'min de lectura', 'minutos de lectura', 'lectura de'],
  pt: ['tempo de leitura', 'min de leitura', 'minutos de leitura', 'leitura de'],
  it: ['tempo di lettura', 'min di lettura', 'minuti di lettura', 'lettura'],
  nl: ['leestijd', 'min leestijd', 'minuten leestijd'],
  pl: ['czas czytania', 'min czytania', 'minut czytania'],
  ru: ['время чтения', 'время прочтения', 'мин чтения', 'минут чтения'],
  tr: ['okuma süresi', 'dk okuma', 'dakika okuma'],
};

/** Words of a slideshow counter printed one token a line beside "Close": "1", "of", "5". */
export const COUNTER_WORDS: readonly string[] = ['of', 'von', 'de', 'di', 'sur', 'van', 'z', 'из', '/'];
