import { linkReference } from '../../src/rules/link-reference.js';
import { ruleTester } from '../rule-tester.js';

const BODY = 'The company has since received a rescue package from its largest investor, which will take control of the business.';

ruleTester(linkReference, {
  valid: [
    // Links inside sentences, bare addresses and list items stay: a list of links can be the article.
    `${BODY}\n\nThe full list is at [our website](https://example.com/list).`,
    `${BODY}\n\nhttp://amzn.to/2hXQPDr\nwww.autoracing.com.br`,
    `${BODY}\n\n1) Blade Runner The Final Cut\nhttp://example.com/abc`,
    // A footnote in brackets is not a link definition.
    `${BODY}\n\n[1] Alarm fatigue: impacts on patient safety, Curr Opin Anaesthesiol. 2015; 28: 685-690.`,
    // Text after the address is not a title.
    `${BODY}\n\n[Note]: see the appendix for the full table of results`,
  ],
  invalid: [
    { text: `${BODY}\n\n[1]: https://crunchbase.com/organization/wework\n[2]: https://techcrunch.com/2019/09/30/wework-delays-ipo/`, lines: [3, 4], reason: 'Markdown link definition' },
    { text: `${BODY}\n\n[wework]: <https://www.wework.com/> "WeWork"`, lines: [3] },
    {
      // The tail of an address hard-wrapped at 80 columns goes with it.
      text: `${BODY}\n\n[2]: https://www.post-gazette.com/sports/steelers/2019/11/18/steelers-browns-br\nawl-myles-garrett-suspension-appeal/stories/201911180134\n[3]: https://www.cbssports.com/nfl`,
      lines: [3, 4, 5],
    },
  ],
});
