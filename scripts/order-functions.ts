import { deflateRawSync, gzipSync } from 'node:zlib';
import { parseAst } from 'vite';
import { childNodes, type AstNode } from './ast-nodes.ts';

/**
 * How far back the greedy order below looks: the text a function would follow. gzip's window is
 * 32 KB, but the last few KB say nearly all of what a function compresses against (1 KB, 4 KB and
 * 32 KB came within 10 bytes of each other on the content script; 4 KB takes half a second).
 */
const WINDOW = 4000;

const deflated = (text: string) => deflateRawSync(Buffer.from(text), { level: 9 }).length;
const gzipped = (text: string) => gzipSync(Buffer.from(text), { level: 9 }).length;

/**
 * Moves the function declarations of the script's one wrapping function (the IIFE) after its other
 * statements, in the order that compresses best: each next function the one that adds the fewest
 * bytes to the last WINDOW characters deflated, greedily. A function declaration is hoisted, so it
 * can stand anywhere in its function's body and be called from anywhere in it: the order of
 * declarations is the bundler's (its modules' import order), not the code's, and only the other
 * statements, which run in turn, keep theirs. gzip reads the script in windows, and where code
 * stands beside data (a phrase book, a rule table) or beside code like it moves its size: 180
 * bytes of the content script's gzip, which the 30 KB limit had run out of. The order is kept only
 * when the script comes out smaller for it.
 */
export function orderFunctions(code: string): string {
  const wrappers: AstNode[] = [];
  const visit = (node: AstNode): void => {
    if (/Function/.test(node.type)) {
      if ((node.body as AstNode).type === 'BlockStatement') wrappers.push(node);
      return; // only the outermost functions
    }
    for (const child of childNodes(node)) visit(child);
  };
  visit(parseAst(code) as unknown as AstNode);
  if (wrappers.length !== 1) return code;
  const statements = (wrappers[0]!.body as AstNode).body as AstNode[];
  if (statements.length < 2) return code;
  const text = (node: AstNode) => code.slice(node.start, node.end);
  const functions = statements.filter((node) => node.type === 'FunctionDeclaration');
  // Of two declarations of one name the last wins: those keep their order (terser writes none).
  const names = functions.map((node) => (node.id as AstNode).name);
  if (new Set(names).size !== names.length) return code;
  // The others, the directive prologue ("use strict") first among them, each ended by a semicolon
  // so a function may follow it.
  const others = statements.filter((node) => node.type !== 'FunctionDeclaration').map((node) => text(node).replace(/;?$/, ';'));
  const start = statements[0]!.start;
  let out = code.slice(0, start) + others.join('');
  const left = functions.map(text);
  while (left.length > 0) {
    const tail = out.slice(-WINDOW);
    const base = deflated(tail);
    let best = 0;
    let bestCost = Infinity;
    left.forEach((candidate, i) => {
      const cost = deflated(tail + candidate) - base;
      if (cost < bestCost) [best, bestCost] = [i, cost];
    });
    out += left.splice(best, 1)[0];
  }
  out += code.slice(statements[statements.length - 1]!.end);
  return gzipped(out) < gzipped(code) ? out : code;
}
