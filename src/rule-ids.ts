/**
 * The rule ids as a type, so that options naming a rule are checked by the compiler. The list must
 * be the ids of src/rules/index.ts in the same order (test/options.test.ts compares them).
 */
export const RULE_IDS = [
  'main-content',
  'repeated-title',
  'reaction-widget',
  'caption',
  'publisher-line',
  'duplicate-paragraph',
  'foreign-language',
  'link-reference',
  'copyright',
  'byline',
  'related-links',
  'interface-text',
  'share-prompt',
  'section-label',
  'repeated-line',
  'symbol-line',
  'learned-boilerplate',
  'footer-block',
] as const;

/** The id of a rule: 'caption', 'repeated-title', … */
export type RuleId = (typeof RULE_IDS)[number];
