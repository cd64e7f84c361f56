import type { Rule } from '../types.js';

/** Placeholder while the rule is being written. */
export const repeatedTitle: Rule = {
  id: 'repeated-title',
  description: 'TODO',
  enabledByDefault: true,
  defaults: {},
  detect: () => [],
};
