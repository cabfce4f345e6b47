import { parseAst } from 'vite';
import { applyEdits, childNodes, type AstNode } from './ast-nodes.ts';
import { PHRASE_LISTS } from '../src/classifier/phrases/types.ts';

/**
 * The phrase lists' names that only ever name a list: the camel-case ones. The one-word names
 * (`newsletter`, `related`, `comments`, `cookie`, `ad`, `social`, `other`) are also labels, which
 * leave the content script in messages, and stay as they are.
 */
export const SHORTENED_LIST_NAMES = PHRASE_LISTS.filter((name) => /[A-Z]/.test(name));

/** `_$0`, `_$1`, …: no string or name the code has of its own (checked), and a plain identifier as a key. */
const shortName = (index: number) => `_$${index.toString(36)}`;

/**
 * Writes each camel-case phrase-list name as a three-character one in the content script: as a
 * string (`count("firstPersonPlural")`, the PHRASE_LISTS array), as an object key (each language's
 * phrase book) and as a property read (`book.secondPerson`). The names are a list's key wherever they
 * occur, always written out whole, so the same short name everywhere keeps every lookup as it was;
 * eight phrase books and some fifty `count` calls repeat them (145 bytes of gzip). Throws when
 * a name is left in another form (in a template or a regex, say), or a short name was already in
 * the code: either would split one name in two.
 */
export function shortenListNames(code: string): string {
  const short = new Map(SHORTENED_LIST_NAMES.map((name, i) => [name as string, shortName(i)]));
  for (const name of short.values()) if (code.includes(name)) throw new Error(`shortenListNames: ${name} is already in the code`);
  const edits: Array<{ start: number; end: number; text: string }> = [];
  const visit = (node: AstNode): void => {
    if (node.type === 'Literal' && typeof node.value === 'string' && short.has(node.value)) {
      edits.push({ start: node.start, end: node.end, text: JSON.stringify(short.get(node.value)) });
      return;
    }
    if ((node.type === 'Property' || node.type === 'MemberExpression') && !node.computed) {
      const key = (node.type === 'Property' ? node.key : node.property) as AstNode;
      const name = key.type === 'Identifier' ? short.get(key.name as string) : undefined;
      // Not `{ secondPerson }` (a key and its variable in one): terser writes none, whose variables
      // it renames, and the variable's name left in the code stops the build below.
      if (name && !node.shorthand) {
        edits.push({ start: key.start, end: key.end, text: name });
        visit((node.type === 'Property' ? node.value : node.object) as AstNode);
        return;
      }
    }
    for (const child of childNodes(node)) visit(child);
  };
  visit(parseAst(code) as unknown as AstNode);
  const out = applyEdits(code, edits);
  for (const name of short.keys()) if (out.includes(name)) throw new Error(`shortenListNames: "${name}" is left in the content script in a form this step does not rewrite`);
  return out;
}
