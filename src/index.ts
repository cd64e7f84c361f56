import { parseDocument } from './document.js';
import { run, selectRules } from './engine.js';
import { rules } from './rules/index.js';
import type { CleanOptions, CleanResult } from './types.js';

export type { Block, CleanOptions, CleanResult, Doc, Finding, Line, Rule, RuleContext } from './types.js';
export { parseDocument } from './document.js';
export { UnknownRuleError, apply, detect, selectRules } from './engine.js';
export { rules } from './rules/index.js';

/**
 * Clean one text: detect boilerplate with the selected rules and rewrite it away.
 * Throws UnknownRuleError when options name a rule that does not exist.
 */
export function clean(text: string, options: CleanOptions = {}): CleanResult {
  return run(text, parseDocument(text), selectRules(rules, options), options);
}
