import { copyright } from '../../src/rules/copyright.js';
import { ruleTester } from '../rule-tester.js';

const BODY = 'Swedish prosecutors on Tuesday dropped an investigation into a rape allegation against the WikiLeaks founder.';

ruleTester(copyright, {
  valid: [
    // Copyright as the subject of the article.
    'Copyright law protects a work for 70 years after the death of its author, the judges noted.',
    'The photographer holds the copyright, the court ruled in 2019.',
    'He said all rights reserved clauses are unenforceable in most countries.',
    // Reported speech that quotes a notice.
    '"All rights reserved is not a phrase I expected to argue about in court," he told reporters.',
    // A photo credit after © is the caption rule's business.
    `${BODY}\n\n© Reuters`,
    // First-publication notes are kept: labellers keep them as part of the article.
    `${BODY}\n\nThis article was originally published by Futurism. Read the original article.`,
    // A long paragraph that mentions reproduction.
    `${BODY} The archive said no part may be reproduced without permission, but the court disagreed and ordered the documents released to the public, citing the public interest in the case and the age of the material, which is more than fifty years old.`,
  ],
  invalid: [
    { text: `${BODY}\n\nCopyright © 2019 Press TV. All rights reserved.`, lines: [3], reason: 'copyright notice' },
    { text: `${BODY}\n\n© 2019 Associated Press. All Rights Reserved. This material may not be published, broadcast, rewritten, or redistributed.`, lines: [3] },
    { text: `${BODY}\n\nVia SyndiGate.info\nVia SyndiGate.infoCopyright @ 2019 The New Arab.`, lines: [3, 4], reason: 'syndication' },
    { text: `${BODY}\n\nThe contents of this site are ©2019 Capitol Hill Publishing Corp., a subsidiary of News Communications, Inc.`, lines: [3], reason: 'copyright sign with a year' },
    {
      // A notice hard-wrapped at 80 columns.
      text: `${BODY}\n\nThis document is subject to copyright. Apart from any fair dealing for the\npurpose of private study or research, no part may be reproduced without the\nwritten permission. The content is provided for information purposes only.`,
      lines: [3, 4, 5],
      reason: 'wrapped over 3 lines',
    },
    { text: `${BODY}\n\nMicrosoft may earn an Affiliate Commission if you purchase something through recommended links in this article.`, lines: [3], reason: 'affiliate' },
    { text: `${BODY}\n\n(c) 2024 Example Media GmbH`, lines: [3] },
    { text: `${BODY}\n\nAlle Rechte vorbehalten.\n© 2024 Süddeutsche Zeitung GmbH`, lines: [3, 4] },
    { text: `${BODY}\n\n© 2024 Le Monde. Tous droits réservés.\nReproduction interdite.`, lines: [3, 4] },
    { text: `${BODY}\n\n© 2024 Diario de Sevilla. Todos los derechos reservados.`, lines: [3] },
    { text: `${BODY}\n\nCopyright © 2024 Folha. Todos os direitos reservados.\n© Riproduzione riservata`, lines: [3, 4] },
    { text: `${BODY}\n\n© 2024 NRC. Alle rechten voorbehouden.`, lines: [3] },
    { text: `${BODY}\n\nCopyright © 2024 Gazeta. Wszelkie prawa zastrzeżone.`, lines: [3] },
    { text: `${BODY}\n\n© 2024 РИА Новости. Все права защищены.\nПерепечатка запрещена.`, lines: [3, 4] },
    { text: `${BODY}\n\nTüm hakları saklıdır. İzinsiz kullanılamaz.`, lines: [3] },
  ],
});
