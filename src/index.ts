import { cleanText } from './clean.js';
import type { CleanResult, Options } from './types.js';

export type { Block, CleanOptions, CleanResult, Doc, Finding, KeptLine, Line, Options, Rule, RuleContext } from './types.js';
export { parseDocument } from './document.js';
export { UnknownRuleError, apply, detect, selectRules } from './engine.js';
export { rules } from './rules/index.js';
export { OptionsError } from './config/schema.js';
export { RULE_IDS } from './rule-ids.js';
export type { RuleId } from './rule-ids.js';

/**
 * Clean one text: detect boilerplate with the selected rules and rewrite it away.
 * Throws UnknownRuleError when enable or disable names a rule that does not exist, and
 * OptionsError for any other option that the configuration file's schema refuses, with the
 * message a configuration file would get.
 */
export function clean(text: string, options: Options = {}): CleanResult {
  return cleanText(text, options);
}
