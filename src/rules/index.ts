import type { Rule } from '../types.js';
import { byline } from './byline.js';
import { caption } from './caption.js';
import { copyright } from './copyright.js';
import { duplicateParagraph } from './duplicate-paragraph.js';
import { footerBlock } from './footer-block.js';
import { foreignLanguage } from './foreign-language.js';
import { interfaceText } from './interface-text.js';
import { learnedBoilerplate } from './learned-boilerplate.js';
import { linkReference } from './link-reference.js';
import { mainContent } from './main-content.js';
import { publisherLine } from './publisher-line.js';
import { reactionWidget } from './reaction-widget.js';
import { relatedLinks } from './related-links.js';
import { repeatedLine } from './repeated-line.js';
import { repeatedTitle } from './repeated-title.js';
import { sectionLabel } from './section-label.js';
import { sharePrompt } from './share-prompt.js';
import { symbolLine } from './symbol-line.js';

/**
 * Every rule, in priority order: on overlapping findings the earlier rule wins. main-content goes
 * first, so a page dump's surroundings are one finding each and the other rules explain the article.
 */
export const rules: readonly Rule<object>[] = [
  mainContent,
  repeatedTitle,
  reactionWidget,
  caption,
  publisherLine,
  duplicateParagraph,
  foreignLanguage,
  linkReference,
  copyright,
  byline,
  relatedLinks,
  interfaceText,
  sharePrompt,
  sectionLabel,
  repeatedLine,
  symbolLine,
  learnedBoilerplate,
  footerBlock,
] as Rule<object>[];
