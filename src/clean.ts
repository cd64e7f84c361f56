import { checkCleanOptions } from './config/schema.js';
import { parseDocument } from './document.js';
import { run, selectRules } from './engine.js';
import { rules } from './rules/index.js';
import type { CleanOptions, CleanResult, Rule } from './types.js';

/**
 * clean() with rule ids as plain strings, as the command line and configuration files give them
 * (the public clean() types them as RuleId). Checks the options the same way.
 */
export function cleanText(text: string, given: CleanOptions = {}): CleanResult {
  const options = checkCleanOptions(given);
  const chosen = (options.enable?.length ?? 0) + (options.disable?.length ?? 0) === 0 ? defaultRules() : selectRules(rules, options);
  return run(text, parseDocument(text), chosen, options);
}

let defaults: Rule<object>[] | null = null;

/** The rules on by default (selectRules without enable or disable), chosen once. */
function defaultRules(): Rule<object>[] {
  defaults ??= selectRules(rules, {});
  return defaults;
}
