import { foreignLanguage } from '../../src/rules/foreign-language.js';
import { ruleTester } from '../rule-tester.js';

const en = [
  'Russian Foreign Minister Sergei Lavrov has said that Moscow has never viewed Turkey as its strategic ally, but a strategic partner.',
  'The foreign minister was commenting on the clashes between Armenia and Azerbaijan when he made the remarks.',
  'The relations between Turkey and Russia have been developing in recent years, with Ankara buying missile defense systems.',
].join('\n\n');
const de = [
  'Die Bundesregierung hat am Dienstag ein neues Gesetz zur Förderung erneuerbarer Energien beschlossen.',
  'Nach Angaben des Ministeriums sollen die Ausgaben in den kommenden Jahren deutlich steigen.',
  'Kritiker bemängeln, dass die Pläne nicht weit genug gehen und zu spät kommen.',
].join('\n\n');

ruleTester(foreignLanguage, {
  valid: [
    // Only Spanish counts as foreign: the German footer stays.
    { text: `Title of the story\n\n${en}\n\nLesen Sie auch unsere Kommentare\nAlle Rechte vorbehalten`, options: { foreignLanguages: ['es'] } },
    // A quoted French sentence inside an English body stays.
    `Title of the story\n\n${en}\n\n« Nous ne céderons jamais sur ce point essentiel », a déclaré le ministre.\n\n${en}`,
    // A lone one-word foreign line after the body stays.
    `Title of the story\n\n${en}\n\nDanke`,
    // A lone two-word foreign line after the body stays.
    `Title of the story\n\n${en}\n\nNe Düşünüyorsun?`,
    // English interface lines under an English article are not foreign.
    `Title of the story\n\n${en}\n\nShare this article\nFollow us on social media`,
    // Links and list items are content, whatever they look like.
    `Title of the story\n\n${de}\n\n1) Blade Runner The Final Cut\nhttp://example.com/abc\n2) Indiana Jones Collection Box`,
    // Code lines after a Russian body.
    `Заголовок\n\nХарактеристики бега можно увеличить за счет кодов, которые вводятся в консоли игры.\n\nplayer.setav health * 100\nplayer.setav stamina * 100`,
  ],
  invalid: [
    {
      text: `Title of the story\n\n${en}\n\nNe Düşünüyorsun?\n\nlike\n0\n\nSite Yöneticisi - Editör`,
      lines: [9, 14],
      reason: 'tr text',
    },
    // German footer under an English article.
    { text: `Title of the story\n\n${en}\n\nLesen Sie auch unsere Kommentare\nAlle Rechte vorbehalten`, lines: [9, 10] },
    { text: `Title of the story\n\n${en}\n\nLesen Sie auch unsere Kommentare\nAlle Rechte vorbehalten`, lines: [9, 10], options: { foreignLanguages: ['es', 'de'] } },
    // Spanish footer lines.
    { text: `Title of the story\n\n${en}\n\nSíguenos en nuestras redes sociales\nTodos los derechos reservados`, lines: [9, 10] },
    // English footer under a German article.
    { text: `Neues Gesetz beschlossen\n\n${de}\n\nRead more about this topic\nAll rights reserved by the publisher`, lines: [9, 10] },
    // Turkish header lines between the title and the body.
    { text: `Title of the story\n\nSon Dakika Haberleri ve Gündem\nTüm Haberleri Görüntüle\n\n${en}`, lines: [3, 4] },
  ],
});
