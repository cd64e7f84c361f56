import type { Rule } from '../types.js';
import { caption } from './caption.js';
import { duplicateParagraph } from './duplicate-paragraph.js';
import { foreignLanguage } from './foreign-language.js';
import { learnedBoilerplate } from './learned-boilerplate.js';
import { publisherLine } from './publisher-line.js';
import { reactionWidget } from './reaction-widget.js';
import { repeatedTitle } from './repeated-title.js';

/** Every rule, in priority order: on overlapping findings the earlier rule wins. */
export const rules: readonly Rule<object>[] = [
  repeatedTitle,
  reactionWidget,
  caption,
  publisherLine,
  duplicateParagraph,
  foreignLanguage,
  learnedBoilerplate,
] as Rule<object>[];
