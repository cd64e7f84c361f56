import type { Rule } from '../types.js';

/** Placeholder while the rule is being written. */
export const foreignLanguage: Rule = {
  id: 'foreign-language',
  description: 'TODO',
  enabledByDefault: true,
  defaults: {},
  detect: () => [],
};
