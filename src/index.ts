import { parseDocument } from './document.js';
import { run, selectRules } from './engine.js';
import { rules } from './rules/index.js';
import type { CleanOptions, CleanResult, Rule } from './types.js';

export type { Block, CleanOptions, CleanResult, Doc, Finding, KeptLine, Line, Rule, RuleContext } from './types.js';
export { parseDocument } from './document.js';
export { UnknownRuleError, apply, detect, selectRules } from './engine.js';
export { rules } from './rules/index.js';

/**
 * Clean one text: detect boilerplate with the selected rules and rewrite it away.
 * Throws UnknownRuleError when options name a rule that does not exist.
 */
export function clean(text: string, options: CleanOptions = {}): CleanResult {
  const chosen = (options.enable?.length ?? 0) + (options.disable?.length ?? 0) === 0 ? defaultRules() : selectRules(rules, options);
  return run(text, parseDocument(text), chosen, options);
}

let defaults: Rule<object>[] | null = null;

/** The rules on by default (selectRules without enable or disable), chosen once. */
function defaultRules(): Rule<object>[] {
  defaults ??= selectRules(rules, {});
  return defaults;
}
