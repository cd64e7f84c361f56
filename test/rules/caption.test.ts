import { caption } from '../../src/rules/caption.js';
import { ruleTester } from '../rule-tester.js';

const BODY = 'The foreign minister was commenting on the clashes when he made the remarks on Wednesday.';

ruleTester(caption, {
  valid: [
    // "Beeld:" is no built-in label: without extraLabels the line stays.
    `${BODY}\n\nBeeld: Jan de Vries\n\n${BODY}`,
    // Mentions a photo, but nothing marks it as a caption.
    `${BODY}\n\nThe photo was taken in 2019 by a tourist.`,
    'Das Foto zeigt den Kanzler bei seiner Ankunft in Paris.',
    // Party labels are not positions.
    'Sen. John Smith (R) said the bill would fail.',
    'Rep. Jane Doe (R-Texas) voted against it.',
    'Nancy Pelosi (D) and Mitch McConnell (R) met on Tuesday.',
    'Sen. Tim Scott (R) and Sen. Rick Scott (R) posed for a photo on Tuesday.',
    'He declined to comment.',
    // Agencies as the subject of a sentence.
    'Getty Images reported a rise in revenue last year, the company said.',
    'Reuters reported that the talks had stalled late on Monday.',
    '(Reuters) — The New York State Attorney General is investigating WeWork, according to two people familiar with the matter.',
    'Reuters Poll Shows Trump Ahead',
    // "(L)" as a unit, one marker and no photo word.
    'Add 2 (L) of water and bring it to a boil.',
    // A quotation marks article prose even with a marker and a photo word.
    'Jane Smith (left) told the paper: “I was pictured with my sister, and the photo went everywhere.”',
    'Photos from the scene',
    'Image captions help readers who use screen readers, the guide says.',
    'Source: company filings',
    'Credits roll as the film ends and the audience leaves.',
    // A hard-wrapped sentence whose last word is an agency is article text.
    '“We received an inquiry and are cooperating in the matter,” said a WeWork spokesperson when contacted by\nReuters.',
    'The figures first appeared in a quarterly survey of newsrooms that was commissioned by\nThe Associated Press',
    // A site's copyright notice is left to the footer rules.
    `${BODY}\n\n© 2019 NBC UNIVERSAL`,
    'Sports data © STATS 2018',
  ],
  invalid: [
    {
      // The Lavrov example: the line starts with a no-break space.
      text: `${BODY}\n\n\u00a0Russian President Vladimir Putin (R) listens to Turkish President Recep Tayyip Erdoğan during a meeting in Sochi in this file photo.\n\n${BODY}`,
      lines: [3],
      reason: 'position marker (R) and photo word',
    },
    { text: `${BODY}\n\nPhoto: John Locher, AP\n\n${BODY}`, lines: [3], reason: 'caption or credit label' },
    {
      text: 'Getty Images\nAFP/Getty Images\nAP Photo/Jane Doe\n(AP Photo/Jane Doe)\nREUTERS/Kevin Lamarque\nReuters/Name Surname\nEPA/NAME\nShutterstock\n© Jane Doe / Agency\nSakib Ali/Hindustan Times/Getty Images\nAlex Wong | Getty Images',
      lines: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11],
    },
    { text: `${BODY}\n\nPhoto by Jane Doe on Unsplash`, lines: [3] },
    {
      text: `${BODY}\n\nPresident Donald Trump speaks in the Rose Garden of the White House in Washington, Nov. 19, 2019. (AP Photo/Evan Vucci)\n\n${BODY}`,
      lines: [3],
      reason: 'caption ending with a credit "(AP Photo/Evan Vucci)"',
    },
    {
      text: 'Protesters gather outside the parliament in Hong Kong (Reuters)\nPlague can be easily vaccinated (Image: GETTY)\nWeWork chairman Marcelo Claure (Photo: Getty)\nTraders on the floor of the exchange. Photo: Jane Doe/Reuters\nNatalie Naccache on the runway | Getty Images',
      lines: [1, 2, 3, 4, 5],
    },
    { text: 'US professor Kevin King (L-R), Timothy Weeks (C) and their guard (R)', lines: [1], reason: 'position markers' },
    { text: '(2nd L) Foreign Minister Sergei Lavrov arrives in Ankara. AFP', lines: [1] },
    { text: 'Emmanuel Macron (à gauche) et Angela Merkel (à droite) à Aix-la-Chapelle.\nCrédit photo : AFP\nPhoto : Jean Dupont / AFP', lines: [1, 2, 3] },
    { text: 'Bundeskanzlerin Angela Merkel (links) und Frankreichs Präsident Emmanuel Macron (rechts) in Berlin.\nFoto: dpa\nQuelle: dpa/picture alliance', lines: [1, 2, 3] },
    { text: 'Cumhurbaşkanı Erdoğan (solda) Putin ile görüştü (Fotoğraf: AA)\nFotoğraf: DHA', lines: [1, 2] },
    { text: `${BODY}\n\nФото:\n\nличный архив Оли Малышевой\n\n${BODY}\n\nФото: ТАСС`, lines: [3, 5, 9] },
    { text: 'Imagen de archivo del presidente del Gobierno en el Congreso.\nFoto: EFE\nFoto: Divulgação\nFoto di Mario Rossi', lines: [1, 2, 3, 4] },
    {
      text: `${BODY}\n\nImage copyright\nEPA\nImage caption\nEva-Marie Persson said the decision had been taken after interviews with seven witnesses\nMedia captionWho is Julian Assange?\n\n${BODY}`,
      lines: [3, 4, 5, 6, 7],
    },
    { text: 'Enlarge Image\nImage 1 of 5\nhide caption\nBack to Gallery', lines: [1, 2, 3, 4], reason: ':' },
    {
      text: 'FILE PHOTO: Traders work on the floor at the New York Stock Exchange (NYSE) in New York, U.S., November 18, 2019. REUTERS/Brendan McDermid',
      lines: [1],
    },
    {
      text: '6 Beijing Chaoyang Hospital in Beijing, where plague-infected people sought treatmentCredit: EPA\nA reference habitation module for a crewed Mars mission. Credit: ESA',
      lines: [1, 2],
    },
    {
      // A caption hard-wrapped at 80 columns goes as a whole paragraph.
      text: `${BODY}\n\n[A fire to rid of crop stubble raises smoke at a farm near Masuri on November 4,\n2019 in Ghaziabad, India.] Burning crop stubble outside of Delhi is sending\nsmoke into the city and harming air quality. Sakib Ali/Hindustan Times/Getty\nImages\n\n${BODY}`,
      lines: [3, 4, 5, 6],
      reason: 'wrapped over 4 lines',
    },
    { text: 'Jewels after Jewels after Jewels, installation views, photos © Inexhibit, 2018\n[a person sitting on a bed]© Amazon', lines: [1, 2] },
    { text: 'FILE - In this Nov. 5, 2019, file photo, Sen. Elizabeth Warren speaks at a rally in Iowa.', lines: [1] },
    { text: 'Scooter Braun and Scott Borchetta pose for a photo at a private residence in Montecito, California.', lines: [1] },
    { text: `${BODY}\n\nMydaily Pics/Jane Doe`, lines: [3], options: { extraAgencies: ['Mydaily Pics'] } },
    // A label from the options (Dutch "Beeld:"), also closing a caption in parentheses.
    {
      text: `${BODY}\n\nBeeld: Jan de Vries\n\nDe minister in Den Haag tijdens het debat (beeld: Jan de Vries)\n\n${BODY}`,
      lines: [3, 5],
      options: { extraLabels: ['beeld'] },
    },
  ],
});
