/**
 * Lists inside the article are judged item by item, as paragraphs are: news sites set a box of
 * promos as a bulleted list, and as a whole it reads as prose. The article's own bullet points stay
 * article, each of them.
 */
import { describe, expect, it } from 'vitest';
import { classify } from '../src/classifier/index.js';
import { parse } from './helpers/dom.js';

const PROSE = Array.from({ length: 4 }, (_, i) => `<p>Paragraph ${i + 1} of the report on the city budget, which the council debated for six hours on Tuesday before it passed, with amendments, by a narrow margin.</p>`).join('');

function sectionsOf(list: string) {
  const doc = parse(`<!doctype html><html lang="en"><head><title>Budget passes</title></head><body><article><h1>Budget passes</h1>${PROSE}${list}${PROSE}</article></body></html>`);
  return classify(doc).sections.map((s) => ({ label: s.label, text: s.text, tag: s.element.tagName }));
}

describe('lists in the article', () => {
  it('label a newsletter sign-up among them as a newsletter', () => {
    const sections = sectionsOf(`<ul>
      <li><b>Live:</b> Follow updates from the council chamber through the evening as the vote is counted.</li>
      <li><b>City Desk:</b> Sign up for our weekly politics newsletter to get it in your inbox every Monday.</li>
      <li><b>Our role:</b> The paper has covered the council for a century and publishes every vote in full.</li>
    </ul>`);
    const items = sections.filter((s) => s.tag === 'LI');
    expect(items.map((s) => s.label)).toEqual(['article', 'newsletter', 'article']);
    expect(sections.some((s) => s.tag === 'UL')).toBe(false);
  });

  it('keep every item of bullet points that belong to the article as article', () => {
    const sections = sectionsOf(`<ul>
      <li>The budget raises spending on schools by four percent, the largest rise in a decade.</li>
      <li>Road repairs get a fund of their own, paid for by a <a href="/levy">new parking levy</a> in the centre.</li>
      <li>The libraries keep their Sunday hours, which the first draft had cut to save money.</li>
    </ul>`);
    expect(sections.filter((s) => s.tag === 'LI').map((s) => s.label)).toEqual(['article', 'article', 'article']);
  });
});
