import type { Rule } from '../types.js';

/** Placeholder while the rule is being written. */
export const reactionWidget: Rule = {
  id: 'reaction-widget',
  description: 'TODO',
  enabledByDefault: true,
  defaults: {},
  detect: () => [],
};
