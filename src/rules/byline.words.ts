/**
 * Word lists for the byline rule, one list per concept and language. Matching is on whole words,
 * case-insensitively (Turkish dotless ı folded to i); a word here only counts on a line made of
 * nothing but bylines, dates, times and their labels.
 */

/** Words that open a byline and need no colon: "By Justine Coleman", "Von Katrin Albers", "Por Ana Souza". */
export const BY_WORDS: Readonly<Record<string, readonly string[]>> = {
  en: ['by', 'written by', 'words by', 'story by', 'interview by', 'posted by', 'published by', 'report by', 'text by'],
  de: ['von', 'text von', 'ein beitrag von', 'verfasst von', 'geschrieben von', 'veröffentlicht von', 'interview von'],
  fr: ['par', 'écrit par', 'publié par', 'propos recueillis par', 'texte de'],
  es: ['por', 'escrito por', 'publicado por', 'texto de', 'entrevista de'],
  pt: ['por', 'escrito por', 'publicado por', 'texto de', 'entrevista de'],
  it: ['di', 'scritto da', 'pubblicato da', 'a cura di', 'testo di'],
  nl: ['door', 'geschreven door', 'gepubliceerd door', 'tekst door'],
  pl: ['napisał', 'napisała', 'opublikował', 'opublikowała', 'tekst'],
  ru: ['опубликовал', 'опубликовала', 'текст'],
  tr: ['yazan', 'yayınlayan', 'haber'],
};

/** Author labels that open a byline only with a colon: "Author: Jane Doe", "Autor: Jan Kowalski", "Автор: Иван Петров". */
export const AUTHOR_LABELS: Readonly<Record<string, readonly string[]>> = {
  en: ['author', 'authors', 'byline', 'reporter', 'writer', 'words', 'text'],
  de: ['autor', 'autorin', 'autoren', 'text', 'reporter'],
  fr: ['auteur', 'autrice', 'auteurs', 'texte', 'journaliste'],
  es: ['autor', 'autora', 'autores', 'texto', 'redacción', 'periodista'],
  pt: ['autor', 'autora', 'autores', 'texto', 'redação', 'repórter'],
  it: ['autore', 'autrice', 'autori', 'testo', 'giornalista'],
  nl: ['auteur', 'auteurs', 'tekst', 'verslaggever'],
  pl: ['autor', 'autorka', 'autorzy', 'tekst', 'reporter'],
  ru: ['автор', 'авторы', 'текст', 'корреспондент'],
  tr: ['yazar', 'muhabir', 'haber', 'editör'],
};

/**
 * Credit labels of wire-story sign-offs, followed by names:
 * "(Reporting by Greg Roumeliotis; Editing by Martin Howell)", "Avec AFP", "Com informações de Reuters".
 */
export const CREDIT_LABELS: Readonly<Record<string, readonly string[]>> = {
  en: [
    'reporting by', 'additional reporting by', 'with reporting by', 'writing by', 'editing by', 'edited by',
    'compiled by', 'reporting and writing by', 'research by', 'graphics by', 'translated by', 'produced by',
    'with additional reporting by', 'additional reporting', 'fact-checked by', 'sub-edited by',
  ],
  de: ['mitarbeit', 'mit material von', 'mit material der', 'bearbeitet von', 'redigiert von', 'übersetzt von'],
  fr: ['avec', 'édité par', 'édition', 'rédigé par', 'traduit par', 'avec la rédaction'],
  es: ['con información de', 'editado por', 'edición de', 'redactado por', 'traducido por'],
  pt: ['com informações de', 'com informações da', 'com informações do', 'edição de', 'editado por', 'reportagem de', 'traduzido por'],
  it: ['con la collaborazione di', 'hanno collaborato', 'ha collaborato', 'tradotto da'],
  nl: ['bewerkt door', 'met medewerking van', 'vertaald door'],
  pl: ['opracowanie', 'oprac', 'współpraca', 'tłumaczenie'],
  ru: ['при участии', 'редактор', 'перевод'],
  tr: ['derleyen', 'çeviri'],
};

/** Labels of a publication time: "Published 7:07 PM EST Nov 19, 2019", "Aktualisiert am 3. Mai 2024", "Güncelleme: 02.01.2024". */
export const DATE_LABELS: Readonly<Record<string, readonly string[]>> = {
  en: [
    'published', 'updated', 'posted', 'first published', 'last updated', 'last modified', 'modified', 'created',
    'originally published', 'date', 'published on', 'updated on', 'posted on', 'last update', 'dated',
  ],
  de: ['veröffentlicht', 'aktualisiert', 'zuletzt aktualisiert', 'erstellt', 'stand', 'datum', 'erschienen', 'geändert', 'publiziert', 'zuletzt geändert'],
  fr: ['publié', 'publiée', 'mis à jour', 'mise à jour', 'modifié', 'modifiée', 'créé', 'date', 'dernière mise à jour', 'paru'],
  es: ['publicado', 'publicada', 'actualizado', 'actualizada', 'modificado', 'fecha', 'última actualización', 'actualización'],
  pt: ['publicado', 'publicada', 'atualizado', 'atualizada', 'modificado', 'data', 'atualização', 'última atualização', 'publicado em', 'atualizado em'],
  it: ['pubblicato', 'pubblicata', 'aggiornato', 'aggiornata', 'ultimo aggiornamento', 'modificato', 'data', 'aggiornamento'],
  nl: ['gepubliceerd', 'bijgewerkt', 'laatst bijgewerkt', 'geplaatst', 'aangepast', 'datum', 'gewijzigd'],
  pl: ['opublikowano', 'zaktualizowano', 'aktualizacja', 'data publikacji', 'data aktualizacji', 'data', 'dodano'],
  ru: ['опубликовано', 'обновлено', 'дата публикации', 'дата', 'изменено', 'создано', 'обновление'],
  tr: ['yayınlanma', 'yayınlanma tarihi', 'güncelleme', 'güncellenme', 'güncellendi', 'son güncelleme', 'yayınlandı', 'tarih', 'oluşturulma'],
};

/** Month names and their abbreviations (also the genitive forms Polish and Russian dates use). */
export const MONTHS: Readonly<Record<string, readonly string[]>> = {
  en: [
    'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
    'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  ],
  de: [
    'januar', 'jänner', 'februar', 'märz', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november',
    'dezember', 'jan', 'feb', 'mär', 'mrz', 'apr', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dez',
  ],
  fr: [
    'janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre',
    'janv', 'févr', 'fév', 'avr', 'juil', 'sept', 'oct', 'nov', 'déc',
  ],
  es: [
    'enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'setiembre', 'octubre',
    'noviembre', 'diciembre', 'ene', 'feb', 'mar', 'abr', 'may', 'jun', 'jul', 'ago', 'sep', 'oct', 'nov', 'dic',
  ],
  pt: [
    'janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro',
    'dezembro', 'jan', 'fev', 'mar', 'abr', 'mai', 'jun', 'jul', 'ago', 'set', 'out', 'nov', 'dez',
  ],
  it: [
    'gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre',
    'dicembre', 'gen', 'feb', 'mar', 'apr', 'mag', 'giu', 'lug', 'ago', 'set', 'ott', 'nov', 'dic',
  ],
  nl: [
    'januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november',
    'december', 'jan', 'feb', 'mrt', 'apr', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec',
  ],
  pl: [
    'styczeń', 'luty', 'marzec', 'kwiecień', 'maj', 'czerwiec', 'lipiec', 'sierpień', 'wrzesień', 'październik',
    'listopad', 'grudzień', 'stycznia', 'lutego', 'marca', 'kwietnia', 'maja', 'czerwca', 'lipca', 'sierpnia',
    'września', 'października', 'listopada', 'grudnia', 'sty', 'lut', 'kwi', 'cze', 'lip', 'sie', 'wrz', 'paź', 'lis', 'gru',
  ],
  ru: [
    'январь', 'февраль', 'март', 'апрель', 'май', 'июнь', 'июль', 'август', 'сентябрь', 'октябрь', 'ноябрь', 'декабрь',
    'января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря',
    'янв', 'фев', 'мар', 'апр', 'июн', 'июл', 'авг', 'сен', 'сент', 'окт', 'ноя', 'нояб', 'дек',
  ],
  tr: [
    'ocak', 'şubat', 'mart', 'nisan', 'mayıs', 'haziran', 'temmuz', 'ağustos', 'eylül', 'ekim', 'kasım', 'aralık',
    'oca', 'şub', 'nis', 'haz', 'tem', 'ağu', 'eyl', 'eki', 'kas', 'ara',
  ],
};

/** Weekday names and their common abbreviations (two-letter ones left out: they collide with words). */
export const WEEKDAYS: Readonly<Record<string, readonly string[]>> = {
  en: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun'],
  de: ['montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonnabend', 'sonntag'],
  fr: ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche', 'lun', 'mer', 'jeu', 'ven', 'sam', 'dim'],
  es: ['lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo', 'mié', 'jue', 'vie', 'sáb', 'dom'],
  pt: ['segunda-feira', 'terça-feira', 'quarta-feira', 'quinta-feira', 'sexta-feira', 'sábado', 'domingo', 'segunda', 'terça', 'quarta', 'quinta', 'sexta', 'seg', 'ter', 'qua', 'qui', 'sex', 'sáb'],
  it: ['lunedì', 'martedì', 'mercoledì', 'giovedì', 'venerdì', 'sabato', 'domenica', 'gio', 'sab'],
  nl: ['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag'],
  pl: ['poniedziałek', 'wtorek', 'środa', 'czwartek', 'piątek', 'sobota', 'niedziela', 'pon', 'czw', 'sob', 'niedz', 'ndz'],
  ru: ['понедельник', 'вторник', 'среда', 'четверг', 'пятница', 'суббота', 'воскресенье', 'пн', 'вт', 'ср', 'чт', 'пт', 'сб', 'вс'],
  tr: ['pazartesi', 'salı', 'çarşamba', 'perşembe', 'cuma', 'cumartesi', 'pazar', 'pzt', 'çar', 'cmt'],
};

/** Small words inside a written date or time: "on Monday at 9:45", "3 de julio de 2024", "am 3. Mai um 12 Uhr". */
export const DATE_FILLERS: Readonly<Record<string, readonly string[]>> = {
  en: ['at', 'on', 'of', 'st', 'nd', 'rd', 'th', 'and'],
  de: ['am', 'um', 'den', 'uhr', 'der', 'vom'],
  fr: ['le', 'à', 'h', 'du', 'er', 'et'],
  es: ['de', 'del', 'a', 'las', 'la', 'el', 'hs', 'h', 'y'],
  pt: ['de', 'às', 'em', 'h', 'do', 'e', 'a'],
  it: ['il', 'alle', 'ore', 'del', 'di', 'e'],
  nl: ['op', 'om', 'uur', 'de', 'en'],
  pl: ['o', 'godz', 'r', 'roku', 'dnia', 'i'],
  ru: ['в', 'года', 'г', 'от', 'и'],
  tr: ['saat', 've'],
};

/** Clock words and time zones: "11:04 PM EST", "07:29 GMT", "9:45 a.m.". */
export const TIME_WORDS: readonly string[] = [
  'am', 'pm', 'a.m', 'p.m', 'a.m.', 'p.m.', 'noon', 'midnight', 'est', 'edt', 'cst', 'cdt', 'mst', 'mdt', 'pst', 'pdt',
  'akst', 'hst', 'et', 'ct', 'mt', 'pt', 'gmt', 'utc', 'bst', 'ist', 'cet', 'cest', 'eet', 'eest', 'wet', 'west', 'msk',
  'aest', 'aedt', 'acst', 'awst', 'nzst', 'nzdt', 'jst', 'kst', 'hkt', 'sgt', 'wib', 'trt', 'brt', 'art', 'mez', 'mesz',
];

/** Words of a relative timestamp, counted only with a number and an "ago" word: "2 hours ago", "vor 3 Stunden". */
export const RELATIVE_UNITS: Readonly<Record<string, readonly string[]>> = {
  en: ['second', 'seconds', 'minute', 'minutes', 'min', 'mins', 'hour', 'hours', 'hr', 'hrs', 'day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years'],
  de: ['sekunden', 'minute', 'minuten', 'stunde', 'stunden', 'tag', 'tagen', 'woche', 'wochen', 'monat', 'monaten', 'jahr', 'jahren'],
  fr: ['seconde', 'secondes', 'minute', 'minutes', 'heure', 'heures', 'jour', 'jours', 'semaine', 'semaines', 'mois', 'an', 'ans', 'il', 'y', 'a'],
  es: ['segundos', 'minuto', 'minutos', 'hora', 'horas', 'día', 'días', 'semana', 'semanas', 'mes', 'meses', 'año', 'años'],
  pt: ['segundos', 'minuto', 'minutos', 'hora', 'horas', 'dia', 'dias', 'semana', 'semanas', 'mês', 'meses', 'ano', 'anos'],
  it: ['secondi', 'minuto', 'minuti', 'ora', 'ore', 'giorno', 'giorni', 'settimana', 'settimane', 'mese', 'mesi', 'anno', 'anni'],
  nl: ['seconden', 'minuut', 'minuten', 'uur', 'dag', 'dagen', 'week', 'weken', 'maand', 'maanden', 'jaar'],
  pl: ['sekund', 'minutę', 'minuty', 'minut', 'godzinę', 'godziny', 'godzin', 'dzień', 'dni', 'tydzień', 'tygodnie', 'miesiąc', 'miesiące', 'rok', 'lata'],
  ru: ['секунд', 'минуту', 'минуты', 'минут', 'час', 'часа', 'часов', 'день', 'дня', 'дней', 'неделю', 'недели', 'месяц', 'месяца', 'год', 'года', 'лет'],
  tr: ['saniye', 'dakika', 'saat', 'gün', 'hafta', 'ay', 'yıl'],
};

/** The "ago" word of a relative timestamp. */
export const AGO_WORDS: Readonly<Record<string, readonly string[]>> = {
  en: ['ago'],
  de: ['vor'],
  fr: ['il y a'],
  es: ['hace'],
  pt: ['há'],
  it: ['fa'],
  nl: ['geleden'],
  pl: ['temu'],
  ru: ['назад'],
  tr: ['önce'],
};

/** Job titles and desks that make a short capitalised line part of a byline: "Statehouse Reporter", "Paris Correspondent". */
export const ROLE_WORDS: Readonly<Record<string, readonly string[]>> = {
  en: [
    'reporter', 'correspondent', 'editor', 'writer', 'columnist', 'contributor', 'journalist', 'photographer',
    'producer', 'staff', 'analyst', 'critic', 'desk', 'newsroom', 'bureau', 'contributing', 'freelance', 'publisher',
  ],
  de: ['korrespondent', 'korrespondentin', 'redakteur', 'redakteurin', 'reporter', 'reporterin', 'journalist', 'journalistin', 'kolumnist', 'kolumnistin', 'redaktion', 'chefredakteur'],
  fr: ['correspondant', 'correspondante', 'journaliste', 'rédacteur', 'rédactrice', 'envoyé', 'envoyée', 'chroniqueur', 'chroniqueuse', 'éditorialiste', 'rédaction'],
  es: ['corresponsal', 'periodista', 'redactor', 'redactora', 'enviado', 'enviada', 'columnista', 'editor', 'editora', 'redacción'],
  pt: ['correspondente', 'repórter', 'jornalista', 'redator', 'redatora', 'editor', 'editora', 'colunista', 'enviado', 'enviada', 'redação'],
  it: ['corrispondente', 'inviato', 'inviata', 'giornalista', 'redattore', 'redattrice', 'editorialista', 'redazione'],
  nl: ['correspondent', 'verslaggever', 'redacteur', 'journalist', 'columnist', 'redactie'],
  pl: ['korespondent', 'korespondentka', 'dziennikarz', 'dziennikarka', 'dziennikarzem', 'dziennikarką', 'redaktor', 'redaktorka', 'redaktorem', 'reporter', 'reporterka', 'publicysta', 'redakcja'],
  ru: ['корреспондент', 'журналист', 'обозреватель', 'редактор', 'колумнист', 'репортер', 'репортёр', 'редакция', 'корреспондентом', 'журналистом', 'редактором'],
  tr: ['muhabir', 'muhabiri', 'editör', 'editörü', 'yazarı', 'temsilcisi', 'servisi', 'merkezi', 'muhabiri', 'gazeteci'],
};

/** The verb of an author note: "Jane Doe is a freelance writer living in Minneapolis". */
export const AUTHOR_NOTE_VERBS: Readonly<Record<string, readonly string[]>> = {
  en: ['is', 'was', 'writes', 'covers'],
  de: ['ist', 'schreibt', 'arbeitet'],
  fr: ['est', 'travaille'],
  es: ['es', 'trabaja'],
  pt: ['é', 'trabalha'],
  it: ['è', 'lavora'],
  nl: ['is', 'schrijft', 'werkt'],
  pl: ['jest', 'pracuje'],
  ru: ['работает', 'является'],
  tr: ['olarak'],
};

/** Lower-case words allowed inside a person's name: "Ana de Souza", "Ursula von der Leyen". */
export const NAME_PARTICLES: readonly string[] = [
  'de', 'da', 'di', 'del', 'della', 'van', 'von', 'der', 'den', 'le', 'la', 'du', 'dos', 'das', 'bin', 'ibn',
  'al', 'el', 'ten', 'ter', 'zu', 'y', 'e', 'st.', 'mc', 'o',
];

/** Words joining several names: "Matthew Digby and Minh Do", "Anna Weber und Jan Krause". */
export const NAME_JOINERS: readonly string[] = ['and', '&', 'und', 'et', 'y', 'e', 'en', 'i', 've', 'и', 'with', 'mit', 'avec', 'con', 'com', 'con la'];

/**
 * Credit labels of Chinese and Japanese pages, written before a colon ("责任编辑：王小明", "来源：新华网",
 * "文：山田太郎") or inside brackets before a space ("（记者 王小明 通讯员 李四）"). Names there have no
 * capital letters, so these lines are told by their label and their shape alone.
 */
export const CJK_CREDIT_LABELS: Readonly<Record<string, readonly string[]>> = {
  zh: ['责任编辑', '編輯', '编辑', '记者', '作者', '来源', '來源', '通讯员', '撰文', '文', '摄影', '图片来源', '图', '实习生', '校对', '审核', '审校', '监制', '出品人', '主编', '本文来源', '稿源'],
  ja: ['記者', '文', '写真', '編集', '筆者', '取材', '撮影', '執筆', '出典', '構成', '聞き手', '写真提供', '取材・文'],
};
