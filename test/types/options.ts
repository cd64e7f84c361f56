// Compiled by test/options.test.ts with tsc: each @ts-expect-error line must be a type error, so
// rule ids are checked by the compiler, not only at run time.
import { clean, RULE_IDS } from '../../src/index.js';
import type { Options, RuleId } from '../../src/index.js';

const ok: Options = { enable: ['learned-boilerplate'], disable: ['caption'], ruleOptions: { caption: { maxCreditWords: 10 } }, keep: ['Duvar English'] };
clean('text', ok);
const id: RuleId = RULE_IDS[0];
clean('text', { disable: [id] });

// @ts-expect-error: a misspelt rule id in enable
clean('text', { enable: ['captoin'] });
// @ts-expect-error: a misspelt rule id in disable
clean('text', { disable: ['reaction-widgit'] });
// @ts-expect-error: a misspelt rule id in ruleOptions
clean('text', { ruleOptions: { captoin: {} } });
// @ts-expect-error: not a rule id
const bad: RuleId = 'nope';
void bad;
