/**
 * Configuration for the CLI: clean-article.config.json, .clean-articlerc.json or a "clean-article"
 * key in package.json, and .clean-articleignore files, found by walking up from each file.
 */
export { CONFIG_FILES, IGNORE_FILE, clearConfigCache, loadConfigFile } from './find.js';
export { DEFAULT_EXTENSIONS, effectiveConfig, extensionsFor, formatEffectiveConfig, isIgnored, mergeOptions, optionsFor } from './resolve.js';
export type { ConfigSource, EffectiveConfig } from './resolve.js';
export { ConfigError, PACKAGE_KEY, parseConfig } from './schema.js';
export type { Config, RuleSetting } from './schema.js';
