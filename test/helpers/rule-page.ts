/**
 * The standard test page for rule fixtures: an article of generic prose paragraphs under a
 * headline, inside <main>. A fixture with `where: 'article'` goes inside the <article> (before
 * the prose, in its middle or after it: position rules need one of the three); `'page'` puts it
 * beside the article, outside it, after it; `'before'` beside it, before it.
 */
export const RULE_PAGE_TITLE = 'Harbour Town Council Delays Vote on the New Ferry Terminal';

export const RULE_PAGE_PARAGRAPHS = [
  'The harbour town council postponed its vote on the new ferry terminal on Tuesday evening, after a three-hour meeting in which residents, fishermen and shop owners took turns at the microphone to argue about the plan.',
  'The terminal, which would replace a wooden pier built in the 1950s, has been debated for almost a decade. Supporters say the old pier can no longer carry the larger boats that now serve the islands, while critics fear that heavier traffic will clog the narrow streets around the market square.',
  'Engineers hired by the council presented a revised design that moves the car park away from the waterfront and adds a covered waiting area for foot passengers. The cost, they said, would rise by about a tenth, mostly because of the extra piling needed in softer ground.',
  'Several fishermen told the meeting that the construction work, planned to last two summers, would cut them off from the only sheltered mooring in the bay. The council promised to study a temporary pontoon on the northern side of the harbour before the next session.',
  'Shop owners on the market square were divided. Some welcomed the prospect of more visitors, arriving on faster and more frequent boats, while others worried that day trippers would spend little and leave behind traffic, noise and litter.',
  'The mayor said the vote would now take place in the spring, once the regional transport office has confirmed its share of the funding and the environmental survey of the seabed has been completed and published.',
];

export type FixturePosition = 'start' | 'middle' | 'end' | 'page' | 'before';

const prose = (paragraphs: string[]) => paragraphs.map((text) => `      <p>${text}</p>`).join('\n');

/** A whole HTML document with `fixture` placed at `position`, declaring `lang` (the fixture's language; the prose stays English). */
export function rulePage(fixture: string, position: FixturePosition, lang = 'en'): string {
  const half = RULE_PAGE_PARAGRAPHS.length / 2;
  const body = [
    position === 'start' ? fixture : '',
    prose(RULE_PAGE_PARAGRAPHS.slice(0, half)),
    position === 'middle' ? fixture : '',
    prose(RULE_PAGE_PARAGRAPHS.slice(half)),
    position === 'end' ? fixture : '',
  ].filter(Boolean).join('\n');
  return `<!DOCTYPE html>
<html lang="${lang}">
<head><meta charset="utf-8"><title>${RULE_PAGE_TITLE}</title></head>
<body>
  <main>
${position === 'before' ? fixture : ''}
    <article>
      <h1>${RULE_PAGE_TITLE}</h1>
${body}
    </article>
${position === 'page' ? fixture : ''}
  </main>
</body>
</html>`;
}
