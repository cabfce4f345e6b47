/**
 * Outside the article, a region the walk split to look inside, and in which it found page
 * furniture only (other, navigation, related links), is one section again: a sidebar's news feed
 * split item by item was dozens of sections, and dozens of placeholder bars in clean view. A
 * region that holds a box of its own kind (a newsletter sign-up) keeps its parts apart. And an
 * appeal's opener or closer alone ("Dear readers", "Not now") is no appeal out there.
 */
import { describe, expect, it } from 'vitest';
import { classify } from '../src/classifier/index.js';
import { parse } from './helpers/dom.js';

const PROSE = Array.from({ length: 6 }, (_, i) => `<p>Paragraph ${i + 1} of the report on the city budget, which the council debated for six hours on Tuesday before it passed, with amendments, by a narrow margin.</p>`).join('');

/** A live feed of `items` posts: a time link and a short post, or a linked headline. */
function feed(items: number): string {
  const posts = Array.from({ length: items }, (_, i) =>
    i % 2 === 0
      ? `<li class="entry"><a class="time" href="/live#${i}">1${i}:0${i}</a> <span class="topic">Weather.</span> <p>Rain is expected over the coast tonight and the ferry between the islands will not run before noon tomorrow, the harbour office said.</p></li>`
      : `<li class="entry"><a href="/story/${i}">Harbour office extends the ferry timetable for the summer season ${i}</a></li>`,
  ).join('');
  return `<div class="col-b"><a class="col-title" href="/live">Live</a><ul class="col-list">${posts}</ul></div>`;
}

function classifyPage(sidebar: string) {
  const doc = parse(`<!doctype html><html lang="en"><head><title>Budget passes</title></head><body><main><article><h1>Budget passes</h1>${PROSE}</article></main><aside class="sidebar">${sidebar}</aside></body></html>`);
  return { doc, result: classify(doc) };
}

describe('page furniture outside the article', () => {
  it('is one section for a split region that held nothing else, labelled as its longest block, with that kind of rules as reasons', () => {
    const { doc, result } = classifyPage(feed(10));
    // The outermost region that held nothing else: the sidebar, which holds only the feed.
    const aside = doc.querySelector('aside')!;
    const inAside = result.sections.filter((s) => aside.contains(s.element));
    expect(inAside).toHaveLength(1);
    const [section] = inAside;
    expect(section!.element).toBe(aside);
    // Its longest blocks are the posts (other); the headline items' rules (related) are not its reasons.
    expect(section!.label).toBe('other');
    expect(section!.ruleIds).toEqual(['page-furniture']);
    expect(section!.reasons).toHaveLength(1);
    expect(section!.text).toContain('Rain is expected');
    // The article is untouched.
    expect(result.article.text).toContain('Paragraph 6 of the report');
    expect(result.sections.filter((s) => s.label === 'article' && s.element.tagName === 'P')).toHaveLength(6);
  });

  it('keeps a newsletter box apart from the furniture beside it', () => {
    const box = `<div class="signup"><h3>Morning briefing</h3><p>Sign up for our newsletter and get the day's news in your inbox.</p><form><input type="email" name="email" placeholder="Your e-mail"><button>Subscribe</button></form></div>`;
    const { doc, result } = classifyPage(box + feed(10));
    const labels = result.sections.filter((s) => doc.querySelector('aside')!.contains(s.element)).map((s) => s.label);
    expect(labels).toContain('newsletter');
    const feedElement = doc.querySelector('.col-b')!;
    expect(result.sections.filter((s) => feedElement === s.element || feedElement.contains(s.element))).toHaveLength(1);
  });
});

describe('appeal openers and closers outside the article', () => {
  it('are no donation appeal on their own: a prompt\'s "Not now" button, "Dear readers, please keep to the house rules" over the comments', () => {
    // Far from the article's branch (not a sibling that might continue it), split because it is mixed.
    const region = `<div class="col-b"><div class="prompt"><p>Turn on notifications to hear about breaking news from the council, the courts and the harbour as soon as our reporters file them.</p><div class="actions"><button>Not now</button></div></div><div class="talk"><p>Dear readers, please keep to the house rules.</p><p>Comments are read by our moderators before they appear below each story on this site.</p></div></div>`;
    const doc = parse(`<!doctype html><html lang="en"><head><title>Budget passes</title></head><body><div class="site"><div class="content"><main><article><h1>Budget passes</h1>${PROSE}</article></main></div></div>${region}</body></html>`);
    const sections = classify(doc).sections;
    expect(sections.filter((s) => s.label === 'donation_appeal')).toEqual([]);
    // Nothing but furniture was found in it: one section.
    expect(sections.filter((s) => doc.querySelector('.col-b')!.contains(s.element)).map((s) => [s.label, s.element.className])).toEqual([['other', 'col-b']]);
  });

  it('still join an appeal inside the article, with its ask', () => {
    const doc = parse(`<!doctype html><html lang="en"><head><title>Budget passes</title></head><body><article><h1>Budget passes</h1>${PROSE}<p>Dear readers,</p><p>We need your help to keep reporting on the council. Please support us with a donation today.</p><p>Remind me later</p>${PROSE}</article></body></html>`);
    const appeal = classify(doc).sections.filter((s) => s.label === 'donation_appeal');
    expect(appeal.map((s) => s.text)).toEqual(['Dear readers,', expect.stringContaining('Please support us'), 'Remind me later']);
  });
});
