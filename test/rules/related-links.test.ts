import { relatedLinks } from '../../src/rules/related-links.js';
import { ruleTester } from '../rule-tester.js';

const BODY = 'Health authorities in Inner Mongolia have confirmed a third case of the plague, after two people contracted it in Beijing.';
const BODY2 = 'The man was quarantined along with 28 people he came into contact with, none of whom have shown symptoms.';

ruleTester(relatedLinks, {
  valid: [
    // "Read more", "related", "see also" inside sentences.
    `${BODY}\n\nRead more carefully, the authors say, and you might be surprised by what you sign away.\n\n${BODY2}`,
    `${BODY}\n\nRelated research has found similar results for privacy policies.\n\n${BODY2}`,
    `${BODY}\n\nSee also the earlier study from 2016, which reached the same conclusion.\n\n${BODY2}`,
    `${BODY}\n\nComments from the volunteers ranged from amused to alarmed.\n\n${BODY2}`,
    // A one-word header inside the body with prose after it is a subheading.
    `Title\n\n${BODY}\n\nTrending\n\n${BODY2}\n\n${BODY}`,
    // "More:" with a sentence after it.
    `${BODY}\n\nMore: the health commission said it had sent a team to the region to investigate the source of the outbreak.\n\n${BODY2}`,
    // Two Title Case lines after the article, or sentence-case lines, are not a headline list.
    `Title\n\n${BODY}\n\n${BODY2}\n\nNASA Europa Mission Could Spot Signs of Life\nKeck Observatory Twin Telescopes on Mauna Kea`,
    `Title\n\n${BODY}\n\n${BODY2}\n\nThunder: Host the Lakers on Friday.\n\nLakers: Visit the Thunder on Friday.\n\nClippers: at the Pelicans on Saturday.`,
    // A label with an address and words after it.
    `Title\n\n${BODY}\n\nWebsite: www.example.com is where the council posts its minutes every week.`,
    // A note that mentions comments without moderation words.
    `${BODY}\n\nThe comments section under the original post filled with hundreds of replies within an hour.\n\n${BODY2}`,
  ],
  invalid: [
    { text: `${BODY}\n\nREAD MORE: China plague outbreak confirmed: Two diagnosed with disease in Beijing\n\n${BODY2}`, lines: [3], reason: 'read more' },
    { text: `${BODY}\n\nRelated: The 15 Weirdest Galaxies in Our Universe\n\n${BODY2}`, lines: [3] },
    { text: `${BODY}\n\nSEE MORE: Hong Kong protests: 800 students under siege in university\n\n${BODY2}`, lines: [3] },
    {
      text: `${BODY}\n\nDON'T MISS\nPlague and zoonotic influenza warning: CDC names EIGHT deadly diseases [WARNING]\nBLACK DEATH PLAGUE fears: Holidaymakers die after eating marmot [INSIGHT]\n\n${BODY2}`,
      lines: [3, 4, 5],
    },
    { text: `${BODY}\n\n${BODY2}\n\nYou may also like...\nWho will make the Rock Hall in 2020?\nDave Matthews Band takes over Rock Hall Fan Vote`, lines: [5, 6, 7] },
    { text: `${BODY}\n\n${BODY2}\n\nMore Great WIRED Stories\n* YouTubers must unionize, [no matter what Google says][23]\n* Could an astronaut lost in space [use gravity to get around][25]?`, lines: [5, 6, 7] },
    { text: `${BODY}\n\n${BODY2}\n\nTrending\n1. ['Tarzan' actor Ron Ely's wife killed; son shot by deputies][2]`, lines: [5, 6] },
    // A header with nothing under it.
    { text: `${BODY}\n\n${BODY2}\n\nYou may also like\n\nYou may also like`, lines: [5, 7] },
    // Comment-section headers and moderation notes.
    { text: `${BODY}\n\n${BODY2}\n\nLeave a comment\nPost Comment (+)`, lines: [5, 6], reason: 'comment-section header' },
    { text: `${BODY}\n\n${BODY2}\n\nNote: we are temporarily moderating all comments submitted to deal with a surge in spam.`, lines: [5], reason: 'moderation' },
    {
      text: `${BODY}\n\n${BODY2}\n\nATENÇÃO: Comentários com textos ininteligíveis ou que faltem com respeito ao usuário não serão aprovados pelo moderador.`,
      lines: [5],
    },
    // Three Title Case headlines after the last paragraph, with no header.
    {
      text: `Title\n\n${BODY}\n\n${BODY2}\n\n15 Amazing Images of Stars\n\n11 Fascinating Facts About Our Milky Way Galaxy\n\nThe 11 Biggest Unanswered Questions About Dark Matter`,
      lines: [7, 9, 11],
      reason: 'headline in a list after the article',
    },
    { text: `Title\n\n${BODY}\n\n${BODY2}\n\nMore AP NBA: https://apnews.com/NBA and https://twitter.com/AP_Sports`, lines: [7], reason: 'links only' },
    // Other languages.
    { text: `${BODY}\n\nLesen Sie auch: Radfahrer in Hamburg immer häufiger in Unfälle verwickelt\n\n${BODY2}`, lines: [3] },
    { text: `${BODY}\n\n${BODY2}\n\nMehr zum Thema\nNeue Fahrradstraße in Eimsbüttel eröffnet\nSenat plant Tempo 30 auf weiteren Hauptstraßen\n\nKommentare`, lines: [5, 6, 7, 9] },
    { text: `${BODY}\n\nÀ lire aussi : Lyon ferme deux piscines pour l'hiver\n\n${BODY2}`, lines: [3] },
    { text: `${BODY}\n\nLee también: Sevilla abre su primer refugio climático\n\n${BODY2}`, lines: [3] },
    { text: `${BODY}\n\nLeia também: Prefeitura amplia horário de postos de saúde\n\n${BODY2}\n\nDeixe seu comentário`, lines: [3, 7] },
    { text: `${BODY}\n\nLeggi anche: Genova, nuove corsie preferenziali per gli autobus\n\n${BODY2}`, lines: [3] },
    { text: `${BODY}\n\nLees ook: Amsterdam verbiedt nieuwe hotels in het centrum\n\n${BODY2}`, lines: [3] },
    { text: `${BODY}\n\nCzytaj też: Warszawa otwiera nowy park nad Wisłą\n\n${BODY2}`, lines: [3] },
    { text: `${BODY}\n\nЧитайте также: В Екатеринбурге открылся новый трамвай\n\n${BODY2}\n\nКомментарии`, lines: [3, 7] },
    { text: `${BODY}\n\n${BODY2}\n\nİlgili Haberler\nMarmaray seferleri yarın aksayacak\nİstanbul'da toplu taşımaya yeni düzenleme\n\nYorumlar`, lines: [5, 6, 7, 9] },
  ],
});
