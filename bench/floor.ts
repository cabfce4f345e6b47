/**
 * The floor: the least any classifier must do, one TreeWalker pass that visits every node of the
 * document and reads the length of each text node. Sift's time is compared with this to see how
 * much work it does per node beyond the unavoidable walk.
 */
export function floorPass(doc: Document): number {
  // NodeFilter.SHOW_ALL, spelled as a number so the code needs no NodeFilter global (jsdom realms).
  const walker = doc.createTreeWalker(doc, 0xffffffff);
  let textLength = 0;
  let nodes = 0;
  for (let node: Node | null = walker.currentNode; node; node = walker.nextNode()) {
    nodes++;
    if (node.nodeType === 3) textLength += (node as Text).data.length;
  }
  // Both figures feed the result so neither read can be optimised away.
  return textLength + nodes;
}
