/**
 * Labels of reaction and comment-counter widgets, one list per concept and language. Matching is
 * case-insensitive on whole label phrases; a label only counts as widget evidence on a line made
 * of nothing but labels, counts, emoji and separators.
 */

/** Reaction buttons (Facebook-style emotions, thumbs, claps). */
export const REACTION_LABELS: Readonly<Record<string, readonly string[]>> = {
  en: [
    'like', 'likes', 'liked', 'dislike', 'dislikes', 'unlike', 'love', 'loved', 'haha', 'lol', 'funny',
    'wow', 'sad', 'angry', 'care', 'yay', 'omg', 'hate', 'thumbs up', 'thumbs down', 'upvote',
    'upvotes', 'downvote', 'downvotes', 'happy', 'unmoved', 'amused', 'excited', 'surprised',
    'inspired', 'scared', 'clap', 'claps', 'applause', 'insightful', 'celebrate', 'curious', 'laugh',
    'shocked', 'upset', 'hahaha', 'interesting', 'informative',
  ],
  tr: [
    'beğen', 'beğendim', 'beğenmedim', 'beğeni', 'beğeniler', 'sevdim', 'bayıldım', 'komik', 'güldüm',
    'kızdım', 'kızgın', 'sinirli', 'üzgün', 'üzüldüm', 'şaşırdım', 'şaşkın', 'alkış', 'alkışladım',
    'mutlu', 'korktum', 'korkmuş', 'iğrenç', 'muhteşem', 'harika', 'yuh', 'vay', 'hahaha',
  ],
  de: [
    'gefällt mir', 'gefällt mir nicht', 'gefällt', 'mag ich', 'liebe', 'lustig', 'wow', 'traurig',
    'wütend', 'überrascht', 'verärgert', 'toll', 'umarmung', 'haha', 'super', 'interessant', 'ärgerlich',
  ],
  fr: [
    "j'aime", "j'aime pas", "je n'aime pas", "j'adore", 'haha', 'wouah', 'waouh', 'triste', 'en colère',
    'grrr', 'solidaire', 'surpris', 'drôle', 'amusant', 'étonnant', 'touchant', 'énervant', 'colère', 'bravo',
  ],
  es: [
    'me gusta', 'no me gusta', 'me encanta', 'me divierte', 'me asombra', 'me sorprende',
    'me entristece', 'me enoja', 'me enfada', 'me importa', 'jaja', 'jajaja', 'divertido', 'triste',
    'enfadado', 'enojado', 'sorprendido', 'wow',
  ],
  pt: [
    'curtir', 'curti', 'curtido', 'curtidas', 'amei', 'haha', 'uau', 'triste', 'grr', 'grrr', 'força',
    'gostei', 'não gostei', 'kkk', 'engraçado', 'surpreso', 'irritado', 'bravo',
  ],
  it: [
    'mi piace', 'non mi piace', 'love', 'ahah', 'wow', 'sigh', 'grrr', 'abbraccio', 'mi arrabbio', 'divertente',
    'triste', 'arrabbiato', 'sorpreso', 'interessante',
  ],
  ru: [
    'нравится', 'не нравится', 'мне нравится', 'класс', 'ха-ха', 'ух ты', 'грустно', 'возмутительно',
    'супер', 'лайк', 'лайки', 'лайков', 'дизлайк', 'сочувствую', 'смешно', 'удивительно', 'злюсь', 'печально',
    'вау', 'круто',
  ],
};

/** Counter nouns: shown next to a number ("12 comments", "Yorumlar (3)"). */
export const COUNTER_LABELS: Readonly<Record<string, readonly string[]>> = {
  en: ['comment', 'comments', 'reaction', 'reactions', 'reply', 'replies', 'share', 'shares', 'view', 'views'],
  tr: ['yorum', 'yorumlar', 'yorum yap', 'yorumu', 'paylaşım', 'görüntülenme', 'okunma'],
  de: ['kommentar', 'kommentare', 'reaktionen', 'antworten', 'aufrufe'],
  fr: ['commentaire', 'commentaires', 'réactions', 'réponses', 'partages', 'vues'],
  es: ['comentario', 'comentarios', 'reacciones', 'respuestas', 'vistas'],
  pt: ['comentário', 'comentários', 'reações', 'respostas', 'visualizações'],
  it: ['commento', 'commenti', 'reazioni', 'risposte', 'visualizzazioni'],
  ru: [
    'комментарий', 'комментария', 'комментариев', 'комментарии', 'ответов', 'реакций',
    'просмотров', 'просмотра', 'просмотры',
  ],
};

/** Suffixes that scale a count: "1.2K", "3,4 тыс.", "2 mil", "1,5 B" (Turkish "bin"). */
export const COUNT_SUFFIXES: readonly string[] = ['k', 'm', 'b', 'mn', 'bn', 'mio', 'tsd', 'mil', 'bin', 'тыс', 'млн'];
