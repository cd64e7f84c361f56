import { interfaceText } from '../../src/rules/interface-text.js';
import { ruleTester } from '../rule-tester.js';

const BODY = 'Swedish prosecutors have dropped an investigation into a rape allegation against the WikiLeaks co-founder, saying the evidence had weakened.';
const BODY2 = 'The deputy director of public prosecution said the decision had been taken after interviews with seven witnesses.';

ruleTester(interfaceText, {
  valid: [
    // Interface words inside sentences.
    `${BODY}\n\nClose to 200 people attended the hearing.\n\n${BODY2}`,
    `${BODY}\n\nThe advertisement ran in three newspapers last week.\n\n${BODY2}`,
    // A one-word heading inside the body that could be interface text.
    `Title\n\n${BODY}\n\nVideo\n\n${BODY2}\n\nSearch\n\n${BODY2}`,
    `${BODY}\n\n${BODY2}\n\nUP NEXT\n\nThunder: Host the Lakers on Friday.`,
    // Numbers in the body are not slideshow counters.
    `${BODY}\n\n1\n\n${BODY2}`,
    // A bracketed aside in a text that is not Markdown.
    `${BODY}\n\n[This story has been updated with comment from the prosecutor]\n\n${BODY2}`,
    // A line that mentions HTML but is mostly words.
    `${BODY}\n\nThe page used a <span> element with a style attribute to hide the text from readers.`,
  ],
  invalid: [
    {
      text: `Title\n\nSkip to content\nMedia playback is unsupported on your device\nLoading…\n\n${BODY}\n\nAdvertisement\n\n${BODY2}\n\nClose`,
      lines: [3, 4, 5, 9, 13],
      reason: 'interface label',
    },
    { text: `${BODY}\n\n5 min read\n\n${BODY2}`, lines: [3], reason: 'reading-time' },
    { text: `Title\n\nImage\n1\nof\n/\n5\nClose\n\n${BODY}`, lines: [3, 4, 5, 6, 7, 8] },
    // Interface words above the body, or beside another interface line.
    { text: `Title\n\nHome\nSearch\n\n${BODY}`, lines: [3, 4], reason: 'interface word' },
    { text: `${BODY}\n\nPrint\nEmail\n\n${BODY2}`, lines: [3, 4], reason: 'beside another interface line' },
    // Markdown image placeholders, HTML residue.
    { text: `${BODY}\n\n[[Ted Danson Mary Steenburgen]][6]\n\n${BODY2} [link][1]`, lines: [3], reason: 'image placeholder' },
    { text: `${BODY} [link][1]\n\n[Protests in Hong Kong]\n\n${BODY2}`, lines: [3], reason: 'image placeholder' },
    {
      text: `${BODY}\n\n&amp;lt;span data-mce-type="bookmark" style="display: inline-block; width: 0px;" class="mce_SELRES_start"&amp;gt;&amp;lt;/span&amp;gt;\n\n${BODY2}`,
      lines: [3],
      reason: 'HTML markup residue',
    },
    { text: `${BODY}\n\nReport this ad\n\n${BODY2}`, lines: [3] },
    // Other languages.
    { text: `Titel\n\nZum Inhalt springen\nAnzeige\n\n${BODY}\n\nWerbung\n\nLesezeit: 3 Minuten\nWird geladen ...`, lines: [3, 4, 8, 10, 11] },
    { text: `Titre\n\nAller au contenu principal\nPublicité\n\n${BODY}\n\nFermer\n\nTemps de lecture : 2 min`, lines: [3, 4, 8, 10] },
    { text: `Título\n\nSaltar al contenido\nPublicidad\n\n${BODY}\n\nCargando...\n\nLeer más`, lines: [3, 4, 8, 10] },
    { text: `Título\n\nPular para o conteúdo\nPublicidade\n\n${BODY}\n\nTempo de leitura: 1 minuto`, lines: [3, 4, 8] },
    { text: `Titolo\n\nVai al contenuto\nPubblicità\n\n${BODY}\n\nContinua a leggere`, lines: [3, 4, 8] },
    { text: `Titel\n\nNaar inhoud\nAdvertentie\n\n${BODY}\n\nLees verder`, lines: [3, 4, 8] },
    { text: `Tytuł\n\nPrzejdź do treści\nReklama\n\n${BODY}\n\nCzytaj dalej`, lines: [3, 4, 8] },
    { text: `Заголовок\n\nПерейти к содержанию\nРеклама\n\n${BODY}\n\nЧитать далее`, lines: [3, 4, 8] },
    { text: `Başlık\n\nİçeriğe geç\nReklam\n\n${BODY}\n\nDevamını oku`, lines: [3, 4, 8] },
    { text: `${BODY}\n\nSponsored content\n\n${BODY2}`, lines: [3], options: { extraLabels: ['Sponsored content'] } },
    { text: `${BODY}\n\nSee our deals\n\n${BODY2}`, lines: [3], options: { extraLabels: ['See our deals'] } },
  ],
});
