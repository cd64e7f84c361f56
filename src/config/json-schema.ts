/**
 * The configuration file's JSON Schema, for editors (`"$schema"` in a configuration file), made
 * from the same description the validator checks by (schema.ts: the top-level keys, optionKind for
 * each rule option). `npm run schema` writes it to schema/clean-article.schema.json; a test checks
 * that the committed file is what this makes.
 */
import { rules } from '../rules/index.js';
import { EXTENSION_PATTERN, LANGUAGE_PATTERN, MAX_IGNORE_PATTERNS, MAX_PATTERN_CHARS, MAX_PHRASE_CHARS, MAX_PHRASES, optionKind, TOP_LEVEL } from './schema.js';
import type { OptionKind } from './schema.js';

const STATE = { enum: ['on', 'off'] };
const NON_EMPTY = { type: 'string', pattern: '\\S' };
const PHRASE = { ...NON_EMPTY, maxLength: MAX_PHRASE_CHARS };

function kindSchema(kind: Exclude<OptionKind, { type: 'internal' }>): object {
  switch (kind.type) {
    case 'number':
      return { type: kind.integer ? 'integer' : 'number', minimum: kind.minimum, maximum: kind.maximum, default: kind.default };
    case 'boolean':
      return { type: 'boolean', default: kind.default };
    case 'string':
      return { type: 'string', default: kind.default };
    case 'strings': {
      const list = { type: 'array', items: PHRASE, maxItems: MAX_PHRASES, default: kind.default };
      if (!kind.byLanguage) return list;
      const byLanguage = { type: 'object', propertyNames: { pattern: LANGUAGE_PATTERN.source }, additionalProperties: { type: 'array', items: PHRASE, maxItems: MAX_PHRASES } };
      return { anyOf: [list, byLanguage] };
    }
  }
}

/** The JSON Schema (draft-07) of a configuration file. */
export function configJsonSchema(): object {
  const ruleSchemas: Record<string, object> = {};
  for (const rule of rules) {
    const properties: Record<string, object> = {};
    for (const [name, def] of Object.entries(rule.defaults)) {
      const kind = optionKind(rule.id, name, def);
      if (kind.type !== 'internal') properties[name] = kindSchema(kind);
    }
    const options = { type: 'object', properties, additionalProperties: false };
    ruleSchemas[rule.id] = {
      description: `${rule.description} (${rule.enabledByDefault ? 'on' : 'off'} by default)`,
      anyOf: [STATE, { type: 'array', items: [STATE, options], minItems: 1, maxItems: 2, additionalItems: false }],
    };
  }
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'clean-article configuration',
    description: 'clean-article.config.json, .clean-articlerc.json, or the "clean-article" key of package.json',
    type: 'object',
    properties: {
      $schema: { type: 'string' },
      rules: { description: TOP_LEVEL.rules, type: 'object', properties: ruleSchemas, additionalProperties: false },
      extensions: { description: TOP_LEVEL.extensions, type: 'array', minItems: 1, items: { type: 'string', pattern: `^\\.?${EXTENSION_PATTERN.source.slice(1)}` } },
      ignore: { description: TOP_LEVEL.ignore, type: 'array', maxItems: MAX_IGNORE_PATTERNS, items: { ...NON_EMPTY, maxLength: MAX_PATTERN_CHARS } },
      keep: { description: TOP_LEVEL.keep, type: 'array', maxItems: MAX_IGNORE_PATTERNS, items: { ...NON_EMPTY, maxLength: MAX_PATTERN_CHARS } },
    },
    additionalProperties: false,
  };
}

/** The schema as the committed file holds it. */
export function formatConfigJsonSchema(): string {
  return `${JSON.stringify(configJsonSchema(), null, 2)}\n`;
}
