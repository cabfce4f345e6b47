import { minify, type MinifyOptions } from 'terser';
import type { Plugin } from 'vite';
import { orderFunctions } from './order-functions.ts';
import { packStringArrays } from './pack-string-arrays.ts';
import { shortenListNames } from './shorten-list-names.ts';

/**
 * Property names the content script uses among its own objects only (the stats pass's figures, a
 * block's features and verdict, the phrase trie's arrays, the container search's thresholds, the
 * clean view's session),
 * which terser may shorten in the content script. A name belongs here only if the code reads and
 * writes it with a dot or in an object literal, never as a string (`'x' in o`, `o['x']`), never on a
 * DOM object, and never in a message: the sections, article and paywall verdict that leave the
 * content script keep their names. Terser keeps every name on its list of browser properties
 * unless told (`builtins`); fourteen of ours are on it (`features`, `hints`, `lower`, `count`, `weight`,
 * `stats`, `table`, `tag`, `media`, `elements`, `raw`, `visible`, `near`, `names`: a font's weight, a
 * form's elements, a style sheet's media, a template's raw strings, a bar's visibility) though the
 * code never reads them on a DOM object, so they are listed and `builtins` lets the regex reach them
 * (about 160 bytes). `textLength` and `links` stay out: an SVG text element and the document have
 * them. The paywall vendors' `script` stays out too (3 bytes): the test's check of the message
 * types reads "content script:" in a comment as a field. test/minified-classifier.test.ts runs the
 * classifier minified this way against the source on the seeds and the corpus, and checks the
 * names against the DOM's. About 440 bytes of gzip in all, which the 30 KB limit had run out of
 * (the 18 names of a text node's reading, a tag's bits, the segmenters' results, the container's
 * answer and the paywall verdict's signals and vendors were the last 43 of them).
 */
export const INTERNAL_PROPERTIES = [
  // stats.ts: the stats pass's figures and page text, a text node's reading, a tag's bits
  'commas', 'directText', 'emailInputs', 'inOrder', 'linkLength', 'linkedHeadings', 'linkedMinorHeadings', 'nodeEnds', 'nodeTotals',
  'pageText', 'paragraphs', 'phraseCounts', 'proseParagraphs', 'textBefore', 'textEnd', 'textStart', 'textareas', 'wholeTexts',
  'bits', 'raw', 'trimmed', 'visible',
  // segment.ts: the segmenters' results and the outside walk's stack
  'depth', 'el', 'loose', 'near', 'wrappers',
  // features.ts, score.ts, segment.ts: a block's features and verdict
  'afterArticle', 'beforeArticle', 'fired', 'linkDensity', 'nearContainer', 'overrides', 'inside', 'scores', 'strength', 'verdict', 'words',
  'features', 'hints', 'lower', 'count', 'rule', 'weight', 'stats', 'table', 'tag', 'media',
  // stats.ts and clean-view/groups.ts: a count of descendants, a hidden block's elements
  'elements',
  // container.ts: a candidate's paragraph text, the reason for no article
  'absent', 'chars', 'long',
  // phrases/scan-all.ts: the flat trie
  'edgeChar', 'endCount', 'endList', 'endRank', 'endStart', 'firstWords', 'prefixStart', 'rootChild',
  // container.ts: the container search's thresholds
  'ancestorLevels', 'hintWeight', 'longParagraphChars', 'maxParagraphLinkDensity', 'minArticleChars', 'minArticleParagraphs', 'minParagraphChars',
  'minTeaserHeadings', 'paragraphChars', 'proseCharsPerLinkedHeading',
  // paywall-verdict.ts: its inputs and signals, the vendors' patterns
  'articleWords', 'declaredFree', 'hiddenCopy', 'microdataFree', 'paywallElements', 'wallAfterArticle',
  'markup', 'meter', 'names', 'offers', 'registration', 'truncated', 'wall',
  // content/session.ts, late-content.ts, placeholder.ts, reading-layout.ts, clean-view/apply.ts: the
  // clean view's own objects, their fields, methods and callbacks (130 bytes). `pause`, `options`
  // and `view` are also a media element's, a select element's and a UI event's, which the content
  // script never reads; `hiddenCount`, `hide` and `readingLayout` stay out: messages carry them.
  'addBlocks', 'classifyLate', 'conceal', 'doc', 'flush', 'heal', 'interval', 'isOwn', 'lastRun', 'layout', 'marker', 'observer', 'onChange',
  'bar', 'onHide', 'onInserted', 'onOwnRemoved', 'onShow', 'options', 'pause', 'pending', 'record', 'restoreStyle', 'resume', 'reveal',
  'revert', 'schedule', 'styleRestores', 'timer', 'token', 'view', 'watcher',
] as const;

/**
 * What terser does to the content script. Names are mangled and dead code dropped; nothing is
 * renamed across files (the IIFE talks to the rest only by messages), and of the properties only
 * INTERNAL_PROPERTIES. Five passes and `unsafe_arrows` (function expressions that do not use
 * `this` become arrows; no code of ours calls one with `new` or reads its prototype) took about
 * 70 bytes more off. `pure_getters`: reading a property has no side effect, so a read whose value
 * is used once is moved to its use and `x.host !== undefined && x.host !== null` becomes
 * `x.host != null`. True of the DOM properties the classifier reads and of its own plain objects
 * (no getter of ours does anything but return); 20 bytes. `unsafe` assumes the built-ins are
 * the language's own: `String(x)` becomes `x + ""`, templates become `+`, `new RegExp` drops its
 * `new`, and values used once are written where they are used; 43 bytes. A content script runs
 * in its own world, where a page's changes to the built-ins do not reach, and no code of ours
 * turns a symbol into a string. `unsafe_math`: in this script it only writes `Number(x)` as `+x`
 * (the output's diff, read: no arithmetic is reordered), the same for every value but a BigInt,
 * which no code of ours makes; 12 bytes. Read the terser output's diff before adding an option here.
 */
export const CONTENT_SCRIPT_TERSER_OPTIONS: MinifyOptions = {
  ecma: 2020,
  compress: { passes: 5, unsafe: true, unsafe_arrows: true, unsafe_math: true, pure_getters: true },
  mangle: { properties: { builtins: true, regex: new RegExp(`^(?:${INTERNAL_PROPERTIES.join('|')})$`) } },
  format: { comments: false },
};

/**
 * The content script as it ships: terser with the options above, its phrase-list names shortened,
 * its string arrays packed, then its functions put in the order that compresses best.
 */
export async function minifyContentScript(source: string): Promise<string> {
  const { code } = await minify(source, CONTENT_SCRIPT_TERSER_OPTIONS);
  if (!code) throw new Error('terser returned nothing');
  return orderFunctions(packStringArrays(shortenListNames(code)));
}

/**
 * Vite plugin: minifies the emitted content script (`file`, relative to the output) once more
 * with terser, after the rule fixtures and reasons are stripped, and packs its string arrays. The
 * content script is injected into every page a reader cleans and must stay under 30 KB gzip
 * (test/extension-build.test.ts); terser packs the already-minified IIFE about 2% smaller than the
 * default minifier does.
 */
export function minifyContentScriptPlugin(file: string): Plugin {
  return {
    name: 'sift:minify-content-script',
    apply: 'build',
    enforce: 'post',
    async generateBundle(_options, bundle) {
      const asset = bundle[file];
      if (!asset) return; // emitted by @crxjs's own generateBundle, which runs first
      const source = asset.type === 'asset' ? String(asset.source) : asset.code;
      const code = await minifyContentScript(source);
      if (asset.type === 'asset') asset.source = code;
      else asset.code = code;
      // The other languages' phrase books, which the content script no longer carries.
      const { phraseBookFiles } = await import('./phrase-book-files.ts');
      for (const { fileName, source } of await phraseBookFiles()) this.emitFile({ type: 'asset', fileName, source });
    },
  };
}
