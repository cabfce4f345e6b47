import { describe, expect, it } from 'vitest';
import { clip, groupSections } from '../src/clean-view/groups.js';
import type { Label, Section } from '../src/classifier/types.js';
import { countHiddenBlocks } from '../src/node/index.js';
import { parse } from './helpers/dom.js';

const doc = parse('<div><p id=a>a</p><p id=b>b</p><x-gap></x-gap><p id=c>c</p><p id=d>d</p><div><p id=e>e</p></div><p id=f>f</p></div>');
const section = (id: string, label: Label) => ({ element: doc.getElementById(id)!, label, reasons: [`reason ${label}`], text: id });

describe('groupSections', () => {
  it.each([
    ['adjacent siblings of one kind form one block', [['a', 'ad'], ['b', 'ad']], [['a', 'b']]],
    ['a different kind starts a new block', [['a', 'ad'], ['b', 'newsletter']], [['a'], ['b']]],
    ['a gap element between them splits them unless skipped', [['b', 'ad'], ['c', 'ad']], [['b'], ['c']]],
    ['non-siblings are separate blocks', [['d', 'ad'], ['e', 'ad'], ['f', 'ad']], [['d'], ['e'], ['f']]],
  ] as const)('%s', (_name, input, expected) => {
    const blocks = groupSections(input.map(([id, label]) => section(id, label)));
    expect(blocks.map((b) => b.elements.map((el) => el.id))).toEqual(expected);
  });

  it('steps over skipped elements (placeholders) and merges reasons once', () => {
    const blocks = groupSections([section('b', 'ad'), section('c', 'ad')], (el) => el.localName === 'x-gap');
    expect(blocks).toHaveLength(1);
    expect(blocks[0]!.reasons).toEqual(['reason ad']);
    expect(blocks[0]!.text).toBe('b c');
  });
});

describe('countHiddenBlocks', () => {
  const full = (id: string, label: Label): Section => ({ ...section(id, label), confidence: 1, ruleIds: [], reasons: [] });

  it('counts the blocks clean view hides per label: adjacent sections of one kind once, the article not at all', () => {
    const sections = [full('a', 'donation_appeal'), full('b', 'donation_appeal'), full('c', 'article'), full('d', 'donation_appeal'), full('e', 'navigation')];
    expect(countHiddenBlocks(sections)).toEqual({ donation_appeal: 2, navigation: 1 });
    expect(countHiddenBlocks([full('a', 'article')])).toEqual({});
  });
});

describe('clip', () => {
  it('keeps short text and cuts long text on a word with an ellipsis', () => {
    expect(clip('short')).toBe('short');
    const long = 'word '.repeat(100).trim();
    const cut = clip(long, 50);
    expect(cut.endsWith('word…')).toBe(true);
    expect(cut.length).toBeLessThanOrEqual(51);
  });
});
