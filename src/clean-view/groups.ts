import type { Label, Section } from '../classifier/types.js';

/** One hidden block as the reader sees it: adjacent sibling sections of one kind form one block. */
export interface Block {
  label: Label;
  elements: Element[];
  reasons: string[];
  text: string;
}

const TEXT_LIMIT = 240;

/** Cuts a preview at the limit, on a word boundary, with an ellipsis when anything was cut. */
export function clip(text: string, limit = TEXT_LIMIT): string {
  if (text.length <= limit) return text;
  const cut = text.slice(0, limit);
  const space = cut.lastIndexOf(' ');
  return `${(space > limit * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

function nextElement(element: Element, skip: (el: Element) => boolean): Element | null {
  let next = element.nextElementSibling;
  while (next && skip(next)) next = next.nextElementSibling;
  return next;
}

/**
 * Groups sections into blocks: a section joins the previous block when it has the same label and is
 * that block's next element sibling (an appeal split paragraph by paragraph is one block to hide).
 * `skip` names elements to step over between siblings (Sift's own placeholders).
 */
export function groupSections(sections: Array<Pick<Section, 'element' | 'label' | 'reasons' | 'text'>>, skip: (el: Element) => boolean = () => false): Block[] {
  const blocks: Block[] = [];
  for (const section of sections) {
    const last = blocks[blocks.length - 1];
    const lastElement = last?.elements[last.elements.length - 1];
    if (last && lastElement && last.label === section.label && nextElement(lastElement, skip) === section.element) {
      last.elements.push(section.element);
      for (const reason of section.reasons) if (!last.reasons.includes(reason)) last.reasons.push(reason);
      if (!last.text.endsWith('…')) last.text = clip(`${last.text} ${section.text}`);
      continue;
    }
    blocks.push({ label: section.label, elements: [section.element], reasons: [...section.reasons], text: clip(section.text) });
  }
  return blocks;
}
