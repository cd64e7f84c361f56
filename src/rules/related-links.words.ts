/**
 * Word lists for the related-links rule, one list per concept and language, compared on letters and
 * digits only, case-insensitively. Headers and prefixes count only as a whole line or as the
 * opening of a short line followed by a colon and a headline.
 */

/** Headers of a related-article or most-read list, on a line of their own: "You may also like", "Lesen Sie auch". */
export const LIST_HEADERS: Readonly<Record<string, readonly string[]>> = {
  en: [
    'related', 'related articles', 'related stories', 'related content', 'related news', 'related posts', 'related links',
    'related coverage', 'related reading', 'read more', 'read also', 'also read', 'see also', 'more on this', 'more on this story',
    'more on this topic', 'you may also like', 'you might also like', 'you may like', 'you might like', 'you may be interested in',
    'you may also be interested in', 'recommended', 'recommended for you', 'recommended stories', 'recommended reading',
    'don\'t miss', 'do not miss', 'most read', 'most popular', 'most viewed', 'most shared', 'trending', 'trending now',
    'trending stories', 'latest', 'latest news', 'latest stories', 'top stories', 'more stories', 'more news', 'more articles',
    'editor\'s picks', 'editors picks', 'popular', 'popular stories', 'what to read next', 'further reading', 'more from',
    'more in', 'more like this', 'around the web', 'from the web', 'sponsored stories', 'promoted stories', 'highlights',
  ],
  de: [
    'lesen sie auch', 'auch interessant', 'das könnte sie auch interessieren', 'das könnte sie interessieren', 'mehr zum thema',
    'weitere artikel', 'verwandte artikel', 'ähnliche artikel', 'meistgelesen', 'meistgelesene artikel', 'am meisten gelesen',
    'top-artikel', 'empfehlungen', 'unsere empfehlungen', 'weitere nachrichten', 'aktuelle nachrichten', 'mehr aus dem ressort',
  ],
  fr: [
    'lire aussi', 'à lire aussi', 'à lire également', 'voir aussi', 'sur le même sujet', 'articles similaires', 'articles liés',
    'les plus lus', 'les plus populaires', 'à découvrir', 'vous aimerez aussi', 'vous aimerez peut-être', 'dans la même rubrique',
  ],
  es: [
    'lee también', 'lea también', 'leer también', 'te puede interesar', 'también te puede interesar', 'noticias relacionadas',
    'artículos relacionados', 'lo más leído', 'más leídas', 'más leídos', 'más noticias', 'te recomendamos', 'relacionado',
  ],
  pt: [
    'leia também', 'veja também', 'veja mais', 'notícias relacionadas', 'matérias relacionadas', 'mais lidas', 'mais lidos',
    'você pode gostar', 'você também pode gostar', 'relacionados', 'relacionadas', 'leia mais notícias', 'recomendados',
  ],
  it: [
    'leggi anche', 'potrebbe interessarti', 'potrebbe interessarti anche', 'articoli correlati', 'notizie correlate',
    'i più letti', 'più letti', 'ti potrebbe interessare', 'ti potrebbero interessare', 'correlati', 'altre notizie',
  ],
  zh: ['相关新闻', '相关阅读', '相关文章', '相关报道', '延伸阅读', '推荐阅读', '热门文章', '热门新闻', '猜你喜欢', '更多新闻'],
  ja: ['関連記事', '関連ニュース', 'おすすめ記事', '人気記事', 'あわせて読みたい', '合わせて読みたい', 'こちらもおすすめ', '最新記事'],
  nl: ['lees ook', 'zie ook', 'gerelateerde artikelen', 'gerelateerd', 'meest gelezen', 'populair', 'meer nieuws', 'aanbevolen'],
  pl: [
    'czytaj też', 'czytaj także', 'zobacz też', 'zobacz także', 'przeczytaj również', 'przeczytaj też', 'polecamy',
    'najczęściej czytane', 'najpopularniejsze', 'powiązane artykuły', 'więcej informacji',
  ],
  ru: ['читайте также', 'смотрите также', 'по теме', 'похожие новости', 'популярное', 'самое читаемое', 'другие новости', 'материалы по теме', 'рекомендуем'],
  tr: [
    'ilgili haberler', 'benzer haberler', 'bunlar da ilginizi çekebilir', 'ilginizi çekebilir', 'çok okunanlar', 'en çok okunanlar',
    'öne çıkanlar', 'diğer haberler', 'ilgili içerikler', 'sıradaki haber',
  ],
};

/** Single words that head a list only outside the body or with headlines under them ("Trending", "Popular"). */
export const WEAK_HEADERS: readonly string[] = ['related', 'latest', 'popular', 'trending', 'recommended', 'highlights', 'populair', 'popularne', 'популярное', 'polecamy'];

/** Openers of a related-article line followed by a colon and a headline: "Related: …", "READ MORE: …", "Leia também: …". */
export const LINK_PREFIXES: Readonly<Record<string, readonly string[]>> = {
  en: [
    'related', 'related article', 'related story', 'related post', 'related content', 'read more', 'read also', 'also read',
    'see also', 'see more', 'more', 'more on', 'also', 'watch', 'video', 'listen', 'don\'t miss', 'recommended', 'editor\'s pick',
    'must read', 'must see', 'also on', 'previously', 'next', 'up next', 'next up', 'trending', 'popular', 'top story',
  ],
  de: ['lesen sie auch', 'lesen sie mehr', 'mehr dazu', 'mehr zum thema', 'auch interessant', 'siehe auch', 'video', 'zum thema'],
  fr: ['lire aussi', 'à lire aussi', 'voir aussi', 'à voir aussi', 'lire également', 'vidéo', 'à lire'],
  es: ['lee también', 'lea también', 'leer también', 'lee más', 'ver también', 'vídeo', 'video', 'relacionado', 'te puede interesar'],
  pt: ['leia também', 'leia mais', 'veja também', 'veja mais', 'vídeo', 'relacionado', 'saiba mais'],
  it: ['leggi anche', 'leggi di più', 'vedi anche', 'guarda', 'video', 'correlato'],
  nl: ['lees ook', 'lees meer', 'zie ook', 'bekijk ook', 'video', 'gerelateerd'],
  pl: ['czytaj też', 'czytaj także', 'czytaj więcej', 'zobacz też', 'zobacz także', 'przeczytaj również', 'wideo'],
  ru: ['читайте также', 'читайте также', 'смотрите также', 'по теме', 'видео', 'подробнее'],
  tr: ['ilgili haber', 'ayrıca okuyun', 'ayrıca bakınız', 'bunu da okuyun', 'video', 'izle'],
};

/** Headers of the comment section: "Comments", "Leave a comment", "0 Comments", "Post Comment". */
export const COMMENT_HEADERS: Readonly<Record<string, readonly string[]>> = {
  en: [
    'comments', 'leave a comment', 'leave a reply', 'post a comment', 'post comment', 'add a comment', 'add comment',
    'join the discussion', 'show comments', 'view comments', 'comments are closed', 'no comments', 'be the first to comment',
    'write a comment', 'reader comments',
  ],
  de: ['kommentare', 'kommentar schreiben', 'kommentieren', 'diskutieren sie mit', 'leserkommentare'],
  fr: ['commentaires', 'laisser un commentaire', 'ajouter un commentaire', 'réagir', 'réagissez'],
  es: ['comentarios', 'deja un comentario', 'deja tu comentario', 'añadir comentario'],
  pt: ['comentários', 'deixe um comentário', 'deixe seu comentário', 'comente'],
  it: ['commenti', 'lascia un commento', 'scrivi un commento'],
  nl: ['reacties', 'reageer', 'plaats een reactie', 'laat een reactie achter'],
  pl: ['komentarze', 'dodaj komentarz', 'skomentuj', 'napisz komentarz'],
  ru: ['комментарии', 'оставить комментарий', 'добавить комментарий'],
  tr: ['yorumlar', 'yorum yap', 'yorum yazın', 'yorum ekle', 'yorumunuzu yazın'],
};

/** Words of a comment section's moderation note, counted with a comment word: "Comments are moderated …". */
export const MODERATION_WORDS: Readonly<Record<string, readonly string[]>> = {
  en: ['moderated', 'moderating', 'moderation', 'moderator', 'moderators', 'approved', 'approval', 'guidelines', 'offensive', 'spam', 'civil', 'respectful'],
  de: ['moderiert', 'moderation', 'moderator', 'freigeschaltet', 'richtlinien', 'netiquette', 'beleidigende'],
  fr: ['modéré', 'modérés', 'modération', 'modérateur', 'charte', 'validés', 'injurieux'],
  es: ['moderados', 'moderación', 'moderador', 'aprobados', 'normas', 'ofensivos'],
  pt: ['moderados', 'moderação', 'moderador', 'aprovados', 'ofensivos', 'ininteligíveis'],
  it: ['moderati', 'moderazione', 'moderatore', 'approvati', 'offensivi', 'regolamento'],
  nl: ['gemodereerd', 'moderatie', 'moderator', 'goedgekeurd', 'huisregels'],
  pl: ['moderowane', 'moderacji', 'moderator', 'zatwierdzone', 'regulamin', 'obraźliwe'],
  ru: ['модерации', 'модерацию', 'модератор', 'модерируются', 'одобрены', 'правила', 'оскорбительные'],
  tr: ['moderasyon', 'moderatör', 'onaylandıktan', 'onaylanmayacaktır', 'hakaret', 'kurallar'],
};

/** Comment nouns of a moderation note. */
export const COMMENT_WORDS: Readonly<Record<string, readonly string[]>> = {
  en: ['comment', 'comments', 'commenting', 'commenters'],
  de: ['kommentar', 'kommentare', 'kommentaren', 'beiträge'],
  fr: ['commentaire', 'commentaires'],
  es: ['comentario', 'comentarios'],
  pt: ['comentário', 'comentários'],
  it: ['commento', 'commenti'],
  nl: ['reactie', 'reacties'],
  pl: ['komentarz', 'komentarze', 'komentarzy'],
  ru: ['комментарий', 'комментарии', 'комментариев'],
  tr: ['yorum', 'yorumlar', 'yorumlarınız', 'yorumunuz'],
};
