/**
 * Words of photo captions and credits, one list per concept and language. All matching is
 * case-insensitive unless a list says otherwise.
 */

/** Labels that open a caption or credit line when followed by a colon: "Photo: John Locher, AP". */
export const LABELS_WITH_COLON: Readonly<Record<string, readonly string[]>> = {
  en: [
    'photo', 'photos', 'photograph', 'photographs', 'photography', 'picture', 'pictures', 'pic', 'image',
    'images', 'credit', 'credits', 'caption', 'photo credit', 'photo credits', 'image credit',
    'picture credit', 'photo courtesy', 'image courtesy', 'file photo', 'illustration', 'photo illustration',
    'top image', 'main image', 'featured image', 'header image', 'lead image', 'pictured', 'above',
  ],
  de: ['foto', 'fotos', 'bild', 'bilder', 'bildquelle', 'bildnachweis', 'fotoquelle', 'bildunterschrift', 'archivbild', 'symbolbild'],
  fr: ['photo', 'photos', 'crédit', 'crédits', 'crédit photo', 'crédits photo', 'légende', 'illustration', 'image'],
  es: ['foto', 'fotos', 'fotografía', 'imagen', 'crédito', 'créditos', 'pie de foto', 'leyenda', 'foto de archivo'],
  pt: ['foto', 'fotos', 'fotografia', 'imagem', 'crédito', 'créditos', 'legenda', 'foto de arquivo'],
  it: ['foto', 'fotografia', 'immagine', 'credito', 'crediti', 'didascalia', 'foto di archivio'],
  ru: ['фото', 'фотография', 'снимок', 'на фото', 'на снимке', 'иллюстрация', 'автор фото', 'источник фото', 'фото и видео'],
  tr: ['fotoğraf', 'foto', 'görsel', 'fotoğraflar', 'kaynak fotoğraf'],
};

/** Labels that open a caption or credit line without a colon: "Image copyright Reuters", "Photo by Jane Doe". */
export const LABELS_WITHOUT_COLON: Readonly<Record<string, readonly string[]>> = {
  en: [
    'image copyright', 'image caption', 'media caption', 'photo credit', 'image credit', 'photo by',
    'photos by', 'photograph by', 'photographs by', 'photo illustration by', 'photo courtesy of',
    'image courtesy of', 'illustration by', 'file photo',
  ],
  de: ['foto von', 'fotos von', 'bild von'],
  fr: ['crédit photo', 'photo de', 'photos de'],
  es: ['foto de', 'fotos de', 'foto por', 'fotografía de'],
  pt: ['foto de', 'fotos de', 'foto por'],
  it: ['foto di', 'foto da'],
  ru: [],
  tr: [],
};

/** Labels that may run straight into the caption text ("Media captionWho is Julian Assange?"). */
export const GLUED_LABELS: readonly string[] = ['image copyright', 'image caption', 'media caption'];

/** Labels whose text may stand on the next line ("Image caption" / "Eva-Marie Persson said …"). */
export const CAPTION_TEXT_LABELS: readonly string[] = [
  'caption', 'image caption', 'media caption', 'légende', 'bildunterschrift', 'leyenda', 'pie de foto',
  'legenda', 'didascalia',
];

/** "Source:" labels: a credit only when what follows is an agency ("Quelle: dpa"). */
export const SOURCE_LABELS: Readonly<Record<string, readonly string[]>> = {
  en: ['source'],
  de: ['quelle'],
  fr: ['source'],
  es: ['fuente'],
  pt: ['fonte'],
  it: ['fonte'],
  ru: ['источник'],
  tr: ['kaynak'],
};

/** Whole-line photo and gallery controls a scraper copies with the caption. */
export const PHOTO_UI_LABELS: Readonly<Record<string, readonly string[]>> = {
  en: [
    'image', 'caption', 'photo', 'enlarge image', 'enlarge this image', 'enlarge photo', 'hide caption',
    'toggle caption', 'show caption', 'view caption', 'view image', 'expand image', 'click to enlarge',
    'tap to enlarge', 'back to gallery', 'view gallery', 'open gallery', 'view photo gallery', 'photo gallery',
  ],
  de: ['bild vergrößern', 'foto vergrößern', 'zur bildergalerie', 'bildergalerie'],
  fr: ["agrandir l'image", 'agrandir la photo', 'voir la galerie', 'voir les photos', 'diaporama'],
  es: ['ampliar imagen', 'ampliar foto', 'ver galería', 'ver fotos', 'galería de fotos'],
  pt: ['ampliar imagem', 'ampliar foto', 'ver galeria', 'ver fotos', 'galeria de fotos'],
  it: ['ingrandisci', "ingrandisci l'immagine", 'vedi galleria', 'vedi le foto', 'fotogallery'],
  ru: ['увеличить фото', 'увеличить', 'фотогалерея', 'смотреть фото', 'все фото'],
  tr: ['büyüt', 'fotoğrafı büyüt', 'galeriye git', 'foto galeri'],
};

/** "Image 1 of 5" gallery counters: the word before the numbers. */
export const GALLERY_WORDS: readonly string[] = ['image', 'photo', 'picture', 'slide', 'bild', 'foto', 'imagen', 'imagem', 'immagine', 'фото', 'fotoğraf'];

/** Photo agencies and stock libraries, as a credit names them (lower case, words separated by one space). */
export const AGENCIES: readonly string[] = [
  'getty', 'getty images', 'afp', 'afp photo', 'ap', 'ap photo', 'associated press', 'the associated press',
  'reuters', 'thomson reuters', 'epa', 'epa-efe', 'efe', 'dpa', 'picture alliance', 'picture-alliance',
  'shutterstock', 'istock', 'istockphoto', 'alamy', 'alamy stock photo', 'unsplash', 'pexels', 'pixabay',
  'wikimedia', 'wikimedia commons', 'flickr', 'bloomberg', 'xinhua', 'tass', 'тасс', 'риа новости',
  'sputnik', 'anadolu', 'anadolu agency', 'anadolu ajansı', 'aa', 'dha', 'iha', 'i̇ha', 'ansa', 'lusa',
  'agência brasil', 'folhapress', 'estadão conteúdo', 'europa press', 'keystone', 'imago', 'sipa',
  'sipa usa', 'nurphoto', 'sopa images', 'zuma', 'zuma press', 'zuma wire', 'pa', 'pa images', 'pa wire',
  'pa media', 'rex', 'rex features', 'rex/shutterstock', 'corbis', 'upi', 'pti', 'ani', 'ians', 'kyodo',
  'yonhap', 'wenn', 'splash news', 'backgrid', 'abaca', 'belga', 'anp', 'ap images', 'ritzau', 'tt',
  'ntb', 'ctk', 'pap', 'mti', 'reuters tv', 'apa', 'ullstein bild', 'dpa-zentralbild', 'newscom',
  'cover images', 'handout', 'stock photo', 'stock image', 'depositphotos', 'dreamstime',
  '123rf', 'adobe stock', 'photodisc',
];

/** Filler words a credit adds after an agency name: "PTI File Photo", "Getty Images Pool". */
export const CREDIT_FILLERS: readonly string[] = [
  'photo', 'photos', 'image', 'images', 'pictures', 'file', 'handout', 'pool', 'staff', 'contributor',
  'archive', 'archives', 'via', 'foto', 'fotos', 'фото', 'stringer', 'creative', 'news', 'entertainment',
  'sport', 'sports', 'editorial',
];

/** Lower-case words allowed inside a person or agency name in a credit: "Ana de Souza", "Getty Images for X". */
export const NAME_PARTICLES: readonly string[] = [
  'de', 'da', 'di', 'del', 'della', 'van', 'von', 'der', 'den', 'le', 'la', 'du', 'dos', 'das', 'bin',
  'al', 'el', 'y', 'e', 'of', 'the', 'und', 'et', 'and', 'ten', 'ter', 'zu', 'st.', '&',
];

/** Positional markers inside parentheses: "(L)", "(2nd R)", "(links)", "(слева)". */
export const POSITION_MARKERS: Readonly<Record<string, readonly string[]>> = {
  en: [
    'l', 'r', 'c', 'l-r', 'r-l', 'l to r', 'r to l', 'from l', 'from r', 'left', 'right', 'centre', 'center',
    'front', 'top', 'bottom', 'far left', 'far right', 'back', 'rear', 'foreground', 'background', 'inset',
    'top left', 'top right', 'bottom left', 'bottom right', 'centre left', 'centre right', 'center left',
    'center right', 'from left', 'from right', 'left to right', 'right to left', 'clockwise from top left',
    'clockwise from left', 'second left', 'second right', 'third left', 'third right', 'front row', 'back row',
    'second from left', 'second from right', 'third from left', 'third from right', 'above', 'below',
  ],
  de: ['links', 'rechts', 'mitte', 'vorne', 'hinten', 'oben', 'unten', 'v.l.', 'v. l.', 'v.l.n.r.', 'v. l. n. r.', 'von links'],
  fr: ['à gauche', 'à droite', 'au centre', 'à g.', 'à d.', 'de g. à d.', 'de gauche à droite', 'en haut', 'en bas', 'au premier plan'],
  es: ['izq.', 'der.', 'izquierda', 'derecha', 'centro', 'a la izquierda', 'a la derecha', 'en el centro', 'de izq. a der.'],
  pt: ['esq.', 'dir.', 'esquerda', 'direita', 'centro', 'à esquerda', 'à direita', 'ao centro', 'no centro'],
  it: ['sinistra', 'destra', 'centro', 'a sinistra', 'a destra', 'al centro', 'da sinistra', 'sx', 'dx'],
  ru: ['слева', 'справа', 'в центре', 'на переднем плане', 'слева направо'],
  tr: ['solda', 'sağda', 'ortada', 'soldan', 'sağdan', 'önde', 'arkada'],
};

/** Words that say a line is about a picture; with a positional marker they make it a caption. */
export const PHOTO_WORDS: Readonly<Record<string, readonly string[]>> = {
  en: [
    'photo', 'photos', 'photograph', 'photographed', 'picture', 'pictured', 'image', 'handout', 'poses',
    'posing', 'pose', 'file photo', 'screenshot', 'screengrab', 'selfie',
  ],
  de: ['foto', 'fotos', 'bild', 'archivbild', 'archivfoto', 'symbolbild', 'posiert', 'posieren'],
  fr: ['photo', 'photos', 'image', 'cliché', 'pose', 'posent'],
  es: ['foto', 'fotos', 'fotografía', 'imagen', 'posa', 'posan'],
  pt: ['foto', 'fotos', 'fotografia', 'imagem', 'posa', 'posam'],
  it: ['foto', 'fotografia', 'immagine', 'posa', 'posano'],
  ru: ['фото', 'фотография', 'снимок', 'снимке', 'позирует', 'позируют'],
  tr: ['fotoğraf', 'fotoğrafta', 'fotoğrafı', 'poz', 'görüntü'],
};

/**
 * Phrases that make a line of at most a few dozen words a caption wherever they stand:
 * "… listens to Erdoğan during a meeting in Sochi in this file photo.", "Foto de archivo".
 */
export const CAPTION_PHRASES: Readonly<Record<string, readonly string[]>> = {
  en: [
    'in this file photo', 'in this handout photo', 'in this undated photo', 'in this undated handout photo',
    'in this file image', 'in this handout image', 'in this still image', 'in this screen grab',
    'in this frame grab', 'in this video grab', 'in this combination photo', 'in this aerial photo',
    'in this archive photo', 'in this file picture', 'in this handout picture', 'in this photo illustration',
    'in this photo taken', 'in this photo provided by', 'in this photo released by', 'in this image taken',
    'in this image provided by', 'in this image released by', 'in this picture taken',
    'pose for a photo', 'poses for a photo', 'pose for a picture', 'poses for a picture', 'pose for photos',
    'poses for photos', 'photo taken on', 'picture taken on',
  ],
  de: ['archivbild', 'archivfoto', 'symbolbild'],
  fr: ["photo d'archives", "photo d'illustration", "image d'archives"],
  es: ['foto de archivo', 'imagen de archivo', 'fotografía de archivo'],
  pt: ['foto de arquivo', 'imagem de arquivo'],
  it: ["foto d'archivio", 'foto di archivio', 'immagine di archivio', "immagine d'archivio"],
  ru: ['архивное фото', 'фото из архива'],
  tr: ['arşiv fotoğrafı', 'arşiv fotoğraf'],
};

/** Phrases that make a short line a caption when it starts with them: "In this photo, …", "Na foto, …". */
export const CAPTION_OPENERS: Readonly<Record<string, readonly string[]>> = {
  en: ['in this photo', 'in this image', 'in this picture', 'in this photograph', 'in this undated', 'pictured'],
  de: ['auf dem foto', 'auf dem bild', 'im bild'],
  fr: ['sur cette photo', 'sur la photo', 'sur cette image'],
  es: ['en esta foto', 'en la foto', 'en la imagen', 'en esta imagen'],
  pt: ['nesta foto', 'na foto', 'na imagem', 'nesta imagem'],
  it: ['nella foto', 'in foto', "nell'immagine"],
  ru: ['на фото', 'на снимке', 'на фотографии'],
  tr: ['fotoğrafta', 'fotoğrafda'],
};

/** Words that make "(R)" a party label, not a position: "Sen. John Smith (R) said …". */
export const PARTY_CONTEXT: readonly string[] = [
  'sen.', 'rep.', 'gov.', 'del.', 'senator', 'senators', 'congressman', 'congresswoman', 'representative',
  'lawmaker', 'lawmakers', 'republican', 'republicans', 'democrat', 'democrats', 'gop', 'mayor', 'assemblyman',
  'assemblywoman', 'delegate',
];
