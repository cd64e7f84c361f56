import { byline } from '../../src/rules/byline.js';
import { ruleTester } from '../rule-tester.js';

const BODY = 'The council voted on Tuesday to approve the new budget for the coming year, officials said at a news conference.';
const BODY2 = 'Opposition members criticised the plan, saying it cut spending on schools and public transport.';

ruleTester(byline, {
  valid: [
    // "By" opening a sentence.
    `Title of the story\n\n${BODY}\n\nBy the end of the year, the city expects to have spent most of the money.`,
    'By 2018, when I started digging into this story, only two of his books remained in print.',
    'Posted on social media by the performance analysts, the clip drew two million views.',
    // A quote's attribution and an embedded tweet's signature are not bylines.
    `Title\n\n${BODY}\n\n— Robert Maguire (@RobertMaguire_) November 18, 2019\n\n${BODY2}`,
    `Title\n\n${BODY}\n\n— John Smith, mayor\n\n${BODY2}`,
    // Names after a one-word by-word that is also a name part or a word.
    'Von der Leyen warnt vor einer neuen Krise.',
    'Di Maio attacca il governo sulle pensioni.',
    'Par ailleurs, les horaires seront réduits le week-end.',
    'Por enquanto, a medida vale apenas para duas unidades.',
    // A bare date inside the body (a timeline) stays; a parenthesised one anywhere.
    `Title\n\n${BODY}\n\nMarch 3, 2016\n\n${BODY2}`,
    `Title\n\n(Published Monday, Nov. 18, 2019)\n\n${BODY}`,
    // A lone label or a year is not a timestamp.
    `Title\n\n${BODY}\n\nUpdated Police Identify Man, Woman Found Dead in Plano Apartment`,
    `Title\n\n${BODY}\n\n2019`,
    // A name line far from any byline.
    `Title\n\nJane Doe\n\n${BODY}`,
    'By May 5, the plan must be finished.',
    // A sentence about a journalist early in the article is the story, not an author note.
    `Title\n\nJane Smith is a reporter who covered the court for decades, and she testified on Tuesday.\n\n${BODY}\n\n${BODY2}\n\n${BODY}`,
    `Title\n\n${BODY}\n\n${BODY2}\n\n"Jane Smith is a great reporter," the editor said.`,
    `Title\n\n${BODY}\n\n${BODY2}\n\nHe is a reporter for the local paper.`,
    // "Editing by hand" is not a credit line.
    `Title\n\n${BODY}\n\nEditing by hand is slow.`,
  ],
  invalid: [
    { text: `Title\n\nBy Justine Coleman - 11/18/19 11:04 PM EST\n\n${BODY}`, lines: [3], reason: 'byline with date' },
    { text: `Title\n\nPublished 7:07 PM EST Nov 19, 2019\n\n${BODY}`, lines: [3], reason: 'labelled timestamp' },
    { text: `Title\n\n${BODY}\n\nUpdated at 1:23 p.m.\n\n${BODY2}`, lines: [5], reason: 'labelled timestamp' },
    { text: `Title\n\nFirst Published: Tuesday, November 19, 2019 08:38 AM\n\n${BODY}`, lines: [3] },
    { text: `Title\n\nNovember 19, 2019 | 4:20am | Updated November 19, 2019 | 9:32pm\n\n${BODY}`, lines: [3] },
    { text: `Title\n\nUpdated Nov 19, 6:55 AM;Posted Nov 19, 6:51 AM\n\n${BODY}`, lines: [3] },
    // A bare date above the body, and the byline and job line beside it.
    { text: `Title\n\nBy Daniel Okafor\nCourt Correspondent\nMarch 28, 2024\n\n${BODY}`, lines: [3, 4, 5] },
    { text: `Title\n\nMeg Kinnard and Errin Haines, Associated Press\nUpdated\n12:24 am EST, Wednesday, November 20, 2019\n\n${BODY}`, lines: [3, 4, 5] },
    { text: `Title\n\nSteve Peoples, AP National Political Writer\n\n${BODY}`, lines: [3], reason: 'agency or job title' },
    // A lone "By" with the names on the next lines.
    { text: `Title\n\nBy\nMatthew Digby\n,\nMinh Do\n\n${BODY}`, lines: [3, 4, 5, 6], reason: 'by-word' },
    // Wire sign-offs, also wrapped at 80 columns.
    { text: `${BODY}\n\n(Reporting by Greg Roumeliotis, Joshua Franklin, with reporting by Herb Lash and Megan Davies, editing by Martin Howell.)`, lines: [3], reason: 'credit line' },
    {
      text: `${BODY}\n\nReporting by Rodrigo Campos; additional reporting by Stephanie Kelly, Saqib\nIqbal Ahmed and Gertrude Chavez-Dreyfuss; Editing by Nick Zieminski and Dan\nGrebler`,
      lines: [3, 4, 5],
      reason: 'wrapped over 3 lines',
    },
    // Other languages.
    { text: `Titel\n\nVon Katrin Albers\nStand: 14.02.2024, 06:12 Uhr\n\n${BODY}`, lines: [3, 4] },
    { text: `Titel\n\nAktualisiert am 3. Mai 2024, 12:15 Uhr\n\n${BODY}`, lines: [3] },
    { text: `Titre\n\nPar Claire Delmas\nPublié le 29 avril 2023 à 08h30\n\n${BODY}`, lines: [3, 4] },
    { text: `Título\n\nPor Ana Souza\nsexta-feira, 22 de outubro de 2010 às 20:13\n\n${BODY}`, lines: [3, 4] },
    { text: `Título\n\nSevilla, 3 de julio de 2024\nActualizado hace 2 horas\n\n${BODY}`, lines: [3, 4] },
    { text: `Titolo\n\ndi Mario Rossi\nPubblicato il 3 marzo 2024 alle 10:15\n\n${BODY}`, lines: [3, 4] },
    { text: `Titel\n\nDoor Jan de Vries\nGepubliceerd op 5 maart 2024, 09:30\n\n${BODY}`, lines: [3, 4] },
    { text: `Tytuł\n\nAutor: Jan Kowalski\nOpublikowano: 12 marca 2024, 08:30\n\n${BODY}`, lines: [3, 4] },
    { text: `Заголовок\n\nАвтор: Иван Петров\n11 ноября 2023, 14:05\n\n${BODY}`, lines: [3, 4] },
    { text: `Başlık\n\nNevşehir, 21 Ekim 2023\nGüncelleme: 22.10.2023 11:40\n\n${BODY}`, lines: [3, 4] },
    // A meta line of date, author, category and tags.
    { text: `Title\n\n05/10/2018 - Publicado por: Clarissa Borba - Categoria: Saúde - Tags: sad\n\n${BODY}`, lines: [3] },
    { text: `Title\n\n${BODY}\n\n2 hours ago`, lines: [5] },
    // Author notes at the end.
    { text: `Title\n\n${BODY}\n\n${BODY2}\n\nDallas Robinson is a freelance writer living in Minneapolis`, lines: [7], reason: 'author note' },
    { text: `Title\n\n${BODY}\n\n${BODY2}\n\nJeff Foust (jeff@example.com) is the editor and publisher of The Space Review. He also operates a web site.`, lines: [7] },
    { text: `Titel\n\n${BODY}\n\n${BODY2}\n\nAnna Weber ist Redakteurin im Ressort Politik.`, lines: [7] },
    // A month is a first name before a surname.
    { text: `Title\n\nBy April Ryan\n\n${BODY}`, lines: [3] },
  ],
});
