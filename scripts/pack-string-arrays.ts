import { parseAst } from 'vite';
import { applyEdits, childNodes, type AstNode } from './ast-nodes.ts';

/**
 * Separators tried in turn; an array is packed with the first that none of its strings holds.
 * Plain characters only: none needs escaping in a string literal.
 */
const SEPARATORS = ['|', '.', ',', ';', '#', '~', '^'];
/**
 * Arrays of fewer strings are left alone. From three on, packing pays in gzip even where the text
 * grows (`.split("|")` is 11 characters, each `","` saved 2): the split calls repeat, and
 * compress to next to nothing. Packing only what came out shorter saved 43 bytes, packing all 240.
 */
const MIN_STRINGS = 3;

/**
 * Rewrites each array literal of plain strings (`["donate","support us","chip in"]`) as one string
 * split at run time (`"donate|support us|chip in".split("|")`): the content script's phrase books
 * are some 170 such arrays, and the quotes and commas between their phrases were about 240 bytes of
 * its gzip, which the 30 KB limit had run out of. Terser packs only a few of them.
 *
 * Only arrays evaluated once: those at the top of the script or in its one wrapping function (the
 * IIFE), not in any function inside it, where a split on every call would cost time. Both forms
 * make a fresh array of the same strings in the same order, so no code can tell them apart.
 */
export function packStringArrays(code: string): string {
  const edits: Array<{ start: number; end: number; text: string }> = [];
  const visit = (node: AstNode, depth: number): void => {
    const packed = node.type === 'ArrayExpression' && depth <= 1 ? splitLiteral(node) : null;
    if (packed !== null) {
      edits.push({ start: node.start, end: node.end, text: packed });
      return;
    }
    const inner = /Function/.test(node.type) ? depth + 1 : depth;
    for (const child of childNodes(node)) visit(child, inner);
  };
  visit(parseAst(code) as unknown as AstNode, 0);
  return applyEdits(code, edits);
}

/**
 * Lower-case Cyrillic letters (а–я, ѐ, ё: U+0430–U+0451) and the ASCII characters that stand for
 * them in a packed string, `]` to `~` (U+005D–U+007E, none of them a quote or a backslash), each
 * 979 code points below its letter. The Russian phrase book is some 1,200 letters, two bytes each
 * in UTF-8; written as ASCII and read back by one replace when the script starts, it is 119 bytes
 * less gzip (measured on the content script; gzip had already made the second bytes cheap). A
 * string is written so only when it holds none of those ASCII characters (no Latin letter:
 * "e-mail" keeps its list as it is) and no other Cyrillic letter (no capital).
 */
const CYRILLIC = /[\u0430-\u0451]/;
const STAND_INS = /[\]-~]/;
const OTHER_CYRILLIC = /[\u0400-\u042f\u0452-\u04ff]/;
const CYRILLIC_OFFSET = 0x430 - 0x5d;
const DECODE = `.replace(/[\\]-~]/g,c=>String.fromCharCode(c.charCodeAt()+${CYRILLIC_OFFSET}))`;

/** `"a|b|c".split("|")` for an array literal of plain strings, or null. */
function splitLiteral(node: AstNode): string | null {
  const elements = node.elements as Array<AstNode | null>;
  if (elements.length < MIN_STRINGS) return null;
  const strings: string[] = [];
  for (const element of elements) {
    if (!element || element.type !== 'Literal' || typeof element.value !== 'string') return null;
    strings.push(element.value);
  }
  const joined = strings.join('');
  const encode = CYRILLIC.test(joined) && !STAND_INS.test(joined) && !OTHER_CYRILLIC.test(joined);
  // An encoded string's separator must not be a stand-in either (`|`, `~` and `^` are).
  const separator = SEPARATORS.find((candidate) => !(encode && STAND_INS.test(candidate)) && strings.every((string) => !string.includes(candidate)));
  if (separator === undefined) return null;
  const packed = strings.join(separator);
  if (!encode) return `${JSON.stringify(packed)}.split(${JSON.stringify(separator)})`;
  const ascii = packed.replace(new RegExp(CYRILLIC.source, 'g'), (letter) => String.fromCharCode(letter.charCodeAt(0) - CYRILLIC_OFFSET));
  return `${JSON.stringify(ascii)}${DECODE}.split(${JSON.stringify(separator)})`;
}
