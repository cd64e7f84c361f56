/**
 * The most frequent function words per language, used only as a cheap gate: a header or footer
 * line holding such words that the article body never uses may be in another language, and only
 * then is the language identifier loaded.
 */
export const FUNCTION_WORDS: Readonly<Record<string, readonly string[]>> = {
  en: ['the', 'and', 'of', 'to', 'is', 'in', 'that', 'for', 'with', 'this', 'you', 'your', 'our', 'are', 'was', 'on', 'by', 'from', 'all', 'we', 'us', 'more', 'about'],
  de: ['der', 'die', 'das', 'und', 'ist', 'nicht', 'mit', 'sie', 'ein', 'eine', 'den', 'dem', 'zu', 'auf', 'für', 'ich', 'auch', 'uns', 'hier', 'mehr', 'alle', 'oder', 'wir', 'ihr', 'von'],
  fr: ['le', 'la', 'les', 'des', 'est', 'et', 'une', 'du', 'pour', 'dans', 'que', 'qui', 'pas', 'sur', 'vous', 'nous', 'avec', 'plus', 'tous', 'au', 'aux', 'ce', 'cette'],
  es: ['el', 'los', 'las', 'del', 'y', 'que', 'en', 'un', 'una', 'por', 'con', 'para', 'es', 'su', 'más', 'nuestro', 'nuestra', 'todos', 'este', 'esta', 'aquí'],
  pt: ['o', 'os', 'as', 'do', 'da', 'dos', 'das', 'e', 'que', 'em', 'um', 'uma', 'para', 'com', 'não', 'mais', 'nosso', 'nossa', 'você', 'aqui', 'todos'],
  it: ['il', 'lo', 'gli', 'della', 'di', 'che', 'è', 'e', 'per', 'un', 'una', 'non', 'con', 'sono', 'nel', 'del', 'alla', 'più', 'tutti', 'questo', 'nostro'],
  nl: ['de', 'het', 'een', 'en', 'van', 'is', 'niet', 'op', 'met', 'voor', 'zijn', 'dat', 'ook', 'aan', 'bij', 'onze', 'meer', 'alle', 'hier', 'wij'],
  pl: ['i', 'w', 'nie', 'na', 'się', 'z', 'do', 'to', 'że', 'jest', 'jak', 'po', 'co', 'ale', 'od', 'za', 'tak', 'wszystkie', 'więcej', 'nasz'],
  ru: ['и', 'в', 'не', 'на', 'что', 'с', 'по', 'это', 'как', 'к', 'из', 'за', 'для', 'все', 'от', 'мы', 'вы', 'наш', 'ещё', 'еще'],
  tr: ['ve', 'bir', 'bu', 'da', 'de', 'için', 'ile', 'çok', 'daha', 'ne', 'mi', 'ama', 'gibi', 'olarak', 'tüm', 'bizi', 'sizin', 'haber', 'devamı', 'yorum'],
  sv: ['och', 'att', 'det', 'som', 'en', 'är', 'på', 'för', 'med', 'inte', 'av', 'till', 'den', 'om', 'har', 'vi', 'mer', 'alla'],
  id: ['yang', 'dan', 'di', 'ini', 'itu', 'dengan', 'untuk', 'tidak', 'dari', 'dalam', 'akan', 'pada', 'juga', 'kami', 'anda', 'lebih'],
};

/** One lookup set of every function word of every language. */
export const ANY_FUNCTION_WORD: ReadonlySet<string> = new Set(Object.values(FUNCTION_WORDS).flat());
