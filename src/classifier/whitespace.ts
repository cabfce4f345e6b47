/**
 * White space and line terminators: what String.prototype.trim removes and what the regex class
 * `\s` matches, which are the same set. dom.ts counts visible characters with it, and the phrase
 * scan reads a phrase's space as any of them (the two had a copy each: 27 bytes of the content
 * script's gzip). A module of its own, so neither of those imports the other: the bundle keeps
 * its modules in their order, which moved the content script's gzip by 60 bytes.
 */
export function isWhitespace(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}
