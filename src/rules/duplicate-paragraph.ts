import type { Rule } from '../types.js';

/** Placeholder while the rule is being written. */
export const duplicateParagraph: Rule = {
  id: 'duplicate-paragraph',
  description: 'TODO',
  enabledByDefault: true,
  defaults: {},
  detect: () => [],
};
