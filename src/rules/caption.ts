import type { Rule } from '../types.js';

/** Placeholder while the rule is being written. */
export const caption: Rule = {
  id: 'caption',
  description: 'TODO',
  enabledByDefault: true,
  defaults: {},
  detect: () => [],
};
