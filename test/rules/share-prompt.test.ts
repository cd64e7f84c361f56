import { sharePrompt } from '../../src/rules/share-prompt.js';
import { ruleTester } from '../rule-tester.js';

const BODY = 'Two federal prison guards responsible for monitoring the prisoner that night were charged on Tuesday with falsifying records.';
const BODY2 = 'Prosecutors said the guards were supposed to check on him every 30 minutes but instead sat at their desks.';

ruleTester(sharePrompt, {
  valid: [
    // Sentences that mention subscribing, sharing or following.
    `Title\n\n${BODY}\n\nReaders can subscribe to the paper at the library or at any of the town's newsagents, the editor said.\n\n${BODY2}`,
    `Title\n\n${BODY}\n\nShare prices of the company rose 4 percent on the news.\n\n${BODY2}`,
    `Title\n\n${BODY}\n\nNewsletter sign-ups alone did not explain the rise, according to an analyst who follows the company.\n\n${BODY2}`,
    // Reported speech and quotations.
    `Title\n\n${BODY}\n\n"We asked people to follow us on Twitter and sign up for the newsletter, and they did," she said.\n\n${BODY2}`,
    `Title\n\n${BODY}\n\nSign up for alerts on the city's website, officials urged residents on Monday.\n\n${BODY2}`,
    // A request to share that is the article's own text.
    `Title\n\n${BODY}\n\nShare this information, please?\n\n${BODY2}`,
    // "Click here" without anything to subscribe to.
    `Title\n\n${BODY}\n\nClick here to get more information or download this game.\n\n${BODY2}`,
    // A single share word inside the body is not a button row.
    `Title\n\n${BODY}\n\nTwitter\n\n${BODY2}`,
    // A tweet's signature with a handle.
    `Title\n\n${BODY}\n\n— Rep. Jane Doe (@janedoe) November 19, 2019\n\n${BODY2}`,
  ],
  invalid: [
    { text: `Title\n\nShare this article\nShare\nTweet\nEmail\n\n${BODY}`, lines: [3, 4, 5, 6] },
    { text: `Title\n\n${BODY}\n\nShare Tweet Submit\n\n${BODY2}`, lines: [5], reason: 'row of share buttons' },
    { text: `Title\n\nShare All sharing options for: Browns’ defensive snap counts, stats, and notes: Week 11\n\n${BODY}`, lines: [3], reason: 'with the title' },
    { text: `Title\n\n${BODY}\n\n${BODY2}\n\nGet access to our subscriptions service for as little as Rs 599 for the first year. Use the code FREE.`, lines: [7] },
    { text: `Title\n\n${BODY}\n\n${BODY2}\n\nSign up to our newsletter for exclusive updates and enhanced content`, lines: [7], reason: 'prompt' },
    { text: `Title\n\n${BODY}\n\n${BODY2}\n\nSubscribe to WIRED and stay smart with more of your favorite Ideas writers.`, lines: [7] },
    { text: `Title\n\n${BODY}\n\n${BODY2}\n\nGet breaking news alerts and special reports. The news and stories that matter, delivered weekday mornings.`, lines: [7], reason: 'lead-in' },
    {
      text: `Title\n\n${BODY}\n\n${BODY2}\n\nHave a tip? Amy Kuperinsky may be reached at akuperinsky@example.com. Follow her on Twitter @AmyKup or on Facebook.`,
      lines: [7],
      reason: '3 prompt sentences',
    },
    { text: `Title\n\n${BODY}\n\n${BODY2}\n\nReach the reporters on Twitter at http://twitter.com/MegKinnardAP and http://twitter.com/emarvelous`, lines: [7] },
    { text: `Title\n\n${BODY}\n\nCLICK HERE TO GET THE FOX NEWS APP\n\n${BODY2}`, lines: [5] },
    { text: `Title\n\n${BODY}\n\n${BODY2}\n\nFollow us on Twitter\nSharing is caring!`, lines: [7, 8] },
    {
      // A prompt hard-wrapped at 80 columns.
      text: `Title\n\n${BODY}\n\n${BODY2}\n\nJoin our Space Forums to keep talking space on the latest missions, night sky\nand more! And if you have a news tip, correction or comment, let us know at:\ncommunity@example.com.`,
      lines: [7, 8, 9],
      reason: 'wrapped over 3 lines',
    },
    // Other languages.
    { text: `Titel\n\n${BODY}\n\nArtikel teilen\nAbonnieren Sie unseren Newsletter und erhalten Sie die wichtigsten Nachrichten.`, lines: [5, 6] },
    { text: `Titre\n\nPartager cet article\n\n${BODY}\n\nAbonnez-vous à notre newsletter pour recevoir l'essentiel de l'actualité.`, lines: [3, 7] },
    { text: `Título\n\n${BODY}\n\nCompartir en Facebook\nSuscríbete a nuestro boletín y recibe las noticias en tu correo.`, lines: [5, 6] },
    { text: `Título\n\n${BODY}\n\nCompartilhe\nSiga-nos no Instagram e no Twitter.`, lines: [5, 6] },
    { text: `Titolo\n\n${BODY}\n\nCondividi su WhatsApp\nIscriviti alla newsletter.`, lines: [5, 6] },
    { text: `Titel\n\n${BODY}\n\nDeel dit artikel\nSchrijf je in voor onze nieuwsbrief.`, lines: [5, 6] },
    { text: `Tytuł\n\n${BODY}\n\nUdostępnij\nZapisz się do newslettera i bądź na bieżąco.`, lines: [5, 6] },
    { text: `Заголовок\n\n${BODY}\n\nПоделиться\nПодписывайтесь на наш канал в Telegram.`, lines: [5, 6] },
    { text: `Başlık\n\n${BODY}\n\nPaylaş\nBizi takip edin, haberlerden ilk siz haberdar olun.`, lines: [5, 6] },
  ],
});
