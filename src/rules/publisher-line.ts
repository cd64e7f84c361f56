import type { Rule } from '../types.js';

/** Placeholder while the rule is being written. */
export const publisherLine: Rule = {
  id: 'publisher-line',
  description: 'TODO',
  enabledByDefault: true,
  defaults: {},
  detect: () => [],
};
