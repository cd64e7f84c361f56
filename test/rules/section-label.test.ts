import { sectionLabel } from '../../src/rules/section-label.js';
import { ruleTester } from '../rule-tester.js';

const BODY = 'Scientists have confirmed for the first time that water vapor rises above the surface of the moon, a finding that strengthens the case for life.';
const BODY2 = 'The team used an observatory in Hawaii to look for the signature of water molecules over 17 nights.';

ruleTester(sectionLabel, {
  valid: [
    // One-word subheadings inside the body.
    `Title\n\n${BODY}\n\nBusiness\n\n${BODY2}\n\nIngredients\n\n${BODY2}`,
    // A title with a site suffix is not a breadcrumb.
    `Clymer workshop manual review | MoreBikes\n\n${BODY}`,
    // A short phrase list above the body is not a menu.
    `Title\n\nChallenges coming soon\nBetter Android support\nBugs fixed\n\n${BODY}`,
    // A single unknown label above the body.
    `Title\n\nAndalucía\n\n${BODY}`,
    // Tags in a sentence.
    `Title\n\n${BODY}\n\nTags are also used by the shops to sort loaves by flour.`,
    `Title\n\n${BODY}\n\nTopics: we discussed climate change, taxes, and immigration.`,
  ],
  invalid: [
    { text: `Title\n\nHome > News > Science & Astronomy\n\n${BODY}`, lines: [3], reason: 'breadcrumb' },
    { text: `Title\n\nEntertainment\n\n${BODY}`, lines: [3], reason: 'section label' },
    // A menu printed one item a line: Title Case items, or known sections.
    { text: `Sign In\n\nNews\nSports\nUConn Nation\nBusiness\nReal Estate\n\nThe headline of the story\n\n${BODY}`, lines: [3, 4, 5, 6, 7] },
    { text: `Title\n\nNews\nSpaceflight\n\n${BODY}`, lines: [3, 4] },
    // A section name in place of a title.
    { text: `Politik\n\nBundestag beschließt Reform des Wahlrechts\n\n${BODY}`, lines: [1] },
    // Tag lists anywhere, with their label.
    { text: `Title\n\n${BODY}\n\nTags: Europa, Jupiter, NASA, water vapor`, lines: [5], reason: 'tag list' },
    { text: `Title\n\n${BODY}\n\nFiled under:\n\nAnalyzing Snap Counts`, lines: [5, 7] },
    { text: `Title\n\n${BODY}\n\nTagscalendario stock car 2018, stock car brasil, stock car cascavel, stock car interlagos`, lines: [5] },
    // Other languages.
    { text: `Titel\n\nStartseite > Politik > Deutschland\n\n${BODY}\n\nSchlagwörter: Bundestag, Wahlrecht, Reform`, lines: [3, 7] },
    { text: `Titre\n\nSociété\n\n${BODY}\n\nMots-clés : Lyon, piscines, énergie`, lines: [3, 7] },
    { text: `Título\n\nInicio > Noticias > Sociedad\n\n${BODY}\n\nEtiquetas: Sevilla, calor, colegios`, lines: [3, 7] },
    { text: `Título\n\nCidades\n\n${BODY}\n\nTags: saúde, atendimento, prefeitura`, lines: [3, 7] },
    { text: `Titolo\n\nCronaca\n\n${BODY}\n\nArgomenti: Genova, ponte, traffico`, lines: [3, 7] },
    { text: `Titel\n\nBinnenland\n\n${BODY}\n\nTrefwoorden: Bondsdag, kiesrecht`, lines: [3, 7] },
    { text: `Tytuł\n\nWiadomości > Kraj\n\n${BODY}\n\nTagi: Sejm, ordynacja wyborcza`, lines: [3, 7] },
    { text: `Заголовок\n\nОбщество\n\n${BODY}\n\nТеги: Екатеринбург, трамвай`, lines: [3, 7] },
    { text: `Başlık\n\nEkonomi\n\n${BODY}\n\nEtiketler: İstanbul, metro, ulaşım`, lines: [3, 7] },
  ],
});
