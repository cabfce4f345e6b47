/** The ESTree nodes vite's `parseAst` gives, as the build's source rewrites read them. */
export interface AstNode {
  type: string;
  start: number;
  end: number;
  [key: string]: unknown;
}

export function isNode(value: unknown): value is AstNode {
  return typeof value === 'object' && value !== null && typeof (value as AstNode).type === 'string';
}

/** The nodes directly under `node`, in its properties' order. */
export function childNodes(node: AstNode): AstNode[] {
  const children: AstNode[] = [];
  for (const value of Object.values(node)) {
    if (Array.isArray(value)) for (const item of value) if (isNode(item)) children.push(item);
    if (isNode(value)) children.push(value);
  }
  return children;
}

/** `code` with each edit's range replaced by its text (ranges must not overlap). */
export function applyEdits(code: string, edits: Array<{ start: number; end: number; text: string }>): string {
  let out = code;
  for (const { start, end, text } of [...edits].sort((a, b) => b.start - a.start)) out = out.slice(0, start) + text + out.slice(end);
  return out;
}
