/**
 * Word lists for the section-label rule, one list per concept and language. A section name only
 * counts as a whole line in the header region (before the article body) or inside a breadcrumb;
 * a taxonomy label only with its list of tags after it.
 */

/** Section and category names a site prints above the headline: "Entertainment", "Politik", "Cronaca". */
export const SECTION_LABELS: Readonly<Record<string, readonly string[]>> = {
  en: [
    'home', 'news', 'world', 'world news', 'us', 'u.s', 'us news', 'uk', 'uk news', 'politics', 'business', 'economy',
    'markets', 'money', 'finance', 'tech', 'technology', 'science', 'health', 'sport', 'sports', 'football', 'soccer',
    'entertainment', 'culture', 'arts', 'books', 'music', 'movies', 'film', 'tv', 'television', 'celebrity', 'lifestyle',
    'life', 'living', 'style', 'fashion', 'travel', 'food', 'food & drink', 'opinion', 'opinions', 'comment',
    'commentary', 'analysis', 'editorial', 'editorials', 'features', 'feature', 'local', 'local news', 'national',
    'international', 'europe', 'asia', 'africa', 'americas', 'middle east', 'latest', 'latest news', 'breaking news',
    'top stories', 'education', 'environment', 'climate', 'weather', 'obituaries', 'obits', 'crime', 'law', 'real estate',
    'cars', 'autos', 'motoring', 'jobs', 'classifieds', 'games', 'gaming', 'space', 'astronomy',
    'religion', 'media', 'video', 'videos', 'photos', 'podcasts', 'blogs', 'magazine', 'investigations', 'explainer',
    'review', 'reviews', 'interview', 'science & tech', 'science & environment', 'tech & science',
    'health & science', 'arts & entertainment', 'a&e', 'us & world', 'nation', 'nation & world', 'region', 'regional',
  ],
  de: [
    'startseite', 'nachrichten', 'news', 'politik', 'wirtschaft', 'finanzen', 'börse', 'sport', 'fußball', 'kultur',
    'wissen', 'wissenschaft', 'gesundheit', 'panorama', 'gesellschaft', 'leben', 'reise', 'auto', 'mobilität', 'digital',
    'technik', 'meinung', 'kommentar', 'lokales', 'regional', 'region', 'deutschland', 'ausland', 'welt', 'inland',
    'vermischtes', 'unterhaltung', 'medien', 'karriere', 'bildung', 'ratgeber', 'video', 'videos', 'bilder', 'wetter',
  ],
  fr: [
    'accueil', 'actualité', 'actualités', 'actu', 'infos', 'international', 'monde', 'france', 'politique', 'économie',
    'société', 'sport', 'sports', 'culture', 'sciences', 'science', 'santé', 'tech', 'high-tech', 'opinion', 'opinions',
    'éditorial', 'débats', 'idées', 'faits divers', 'justice', 'environnement', 'planète', 'loisirs', 'people', 'médias',
    'vidéo', 'vidéos', 'régions', 'europe', 'vie quotidienne', 'économie & entreprises',
  ],
  es: [
    'inicio', 'portada', 'noticias', 'actualidad', 'internacional', 'mundo', 'nacional', 'política', 'economía',
    'sociedad', 'deportes', 'cultura', 'ciencia', 'salud', 'tecnología', 'opinión', 'local', 'espectáculos',
    'entretenimiento', 'gente', 'vida', 'estilo', 'viajes', 'sucesos', 'tribunales', 'motor', 'educación',
    'medio ambiente', 'vídeos', 'ocio', 'españa', 'américa', 'latinoamérica',
  ],
  pt: [
    'início', 'notícias', 'últimas notícias', 'brasil', 'mundo', 'internacional', 'política', 'economia', 'sociedade',
    'esportes', 'esporte', 'desporto', 'cultura', 'ciência', 'saúde', 'tecnologia', 'opinião', 'entretenimento',
    'cidades', 'educação', 'meio ambiente', 'vídeos', 'geral', 'polícia', 'país', 'portugal', 'local', 'mercados',
  ],
  it: [
    'notizie', 'cronaca', 'politica', 'economia', 'esteri', 'mondo', 'italia', 'sport', 'calcio', 'cultura', 'scienza',
    'salute', 'tecnologia', 'spettacoli', 'opinioni', 'attualità', 'ambiente', 'motori', 'viaggi', 'cucina', 'cronache',
    'interni', 'tempo libero', 'primo piano', 'editoriali',
  ],
  nl: [
    'nieuws', 'binnenland', 'buitenland', 'politiek', 'economie', 'financieel', 'sport', 'voetbal', 'cultuur',
    'wetenschap', 'gezondheid', 'opinie', 'regio', 'media', 'achtergrond', 'show', 'wonen', 'cultuur & media',
  ],
  pl: [
    'strona główna', 'wiadomości', 'kraj', 'świat', 'polityka', 'gospodarka', 'biznes', 'sport', 'kultura', 'nauka',
    'zdrowie', 'technologie', 'opinie', 'publicystyka', 'regiony', 'rozrywka', 'styl życia', 'motoryzacja', 'wideo',
    'społeczeństwo', 'wydarzenia',
  ],
  ru: [
    'главная', 'новости', 'политика', 'экономика', 'общество', 'в мире', 'мир', 'россия', 'спорт', 'культура', 'наука',
    'здоровье', 'технологии', 'мнения', 'происшествия', 'регионы', 'бизнес', 'финансы', 'город', 'видео', 'авто',
    'шоу-бизнес', 'недвижимость', 'образование', 'туризм', 'интервью', 'аналитика',
  ],
  tr: [
    'anasayfa', 'ana sayfa', 'haberler', 'gündem', 'güncel', 'dünya', 'türkiye', 'politika', 'siyaset', 'ekonomi',
    'spor', 'futbol', 'kültür', 'kültür-sanat', 'kültür sanat', 'sanat', 'bilim', 'sağlık', 'teknoloji', 'yaşam',
    'magazin', 'eğitim', 'turizm', 'otomobil', 'yazarlar', 'galeri', 'son dakika', 'köşe yazıları', 'dünya haberleri',
  ],
};

/** Labels of a list of tags or categories: "Tags: stock car, brasil", "Filed under: Politics", "Schlagwörter: …". */
export const TAXONOMY_LABELS: Readonly<Record<string, readonly string[]>> = {
  en: ['tags', 'tag', 'tagged', 'tagged with', 'filed under', 'filed in', 'category', 'categories', 'topics', 'topic', 'related topics', 'keywords', 'section', 'posted in'],
  de: ['schlagwörter', 'schlagworte', 'stichwörter', 'themen', 'thema', 'kategorie', 'kategorien', 'tags', 'rubrik'],
  fr: ['mots-clés', 'mots clés', 'étiquettes', 'catégorie', 'catégories', 'thèmes', 'sujets', 'rubrique', 'tags'],
  es: ['etiquetas', 'temas', 'categoría', 'categorías', 'tags', 'sección', 'palabras clave', 'archivado en'],
  pt: ['tags', 'etiquetas', 'categoria', 'categorias', 'temas', 'assuntos', 'seção', 'secção', 'palavras-chave', 'editoria'],
  it: ['tag', 'argomenti', 'categoria', 'categorie', 'temi', 'parole chiave', 'sezione'],
  nl: ['tags', 'trefwoorden', 'onderwerpen', 'categorie', 'categorieën', 'rubriek'],
  pl: ['tagi', 'tematy', 'kategoria', 'kategorie', 'słowa kluczowe', 'dział'],
  ru: ['теги', 'метки', 'рубрика', 'рубрики', 'темы', 'категория', 'ключевые слова'],
  tr: ['etiketler', 'etiket', 'kategori', 'konular', 'anahtar kelimeler', 'ilgili konular'],
};
