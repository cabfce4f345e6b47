/**
 * Seeds, Readability-style: every `seeds/<slug>/source.html` is classified and compared with
 * its snapshot `expected.json` (regenerate with `npm run seeds:regen` and review the diff), and
 * with its hand-written `must.json`, the spec that does not follow the classifier.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { classify } from '../src/classifier/index.js';
import { parseSeed, seedFile, seedSlugs, serialiseSnapshot, toSnapshot, type SeedSnapshot } from '../scripts/seed-snapshot.js';
import { describeCheck, evaluate, parseMustFile } from './helpers/must-hold.js';

const slugs = seedSlugs();

it('finds the seed folders', () => {
  expect(slugs).toContain('moscow-times-aggregator');
});

describe.each(slugs)('seed %s', (slug) => {
  const { doc } = parseSeed(slug);
  const before = doc.documentElement.outerHTML;
  const result = classify(doc);

  it('matches expected.json', () => {
    const path = seedFile(slug, 'expected.json');
    const hint = `seeds/${slug}: the classification changed. Run \`npm run seeds:regen -- ${slug}\` and review \`git diff seeds/${slug}\`.`;
    expect(existsSync(path), hint).toBe(true);
    const raw = readFileSync(path, 'utf8');
    const expected = JSON.parse(raw) as SeedSnapshot;
    expect(toSnapshot(result), hint).toEqual(expected);
    // Hand edits would make the next regeneration diff noisy: the file stays in the script's form.
    expect(raw, hint).toBe(serialiseSnapshot(expected));
  });

  it('does not change the page', () => {
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  const mustPath = seedFile(slug, 'must.json');
  it('has a must.json', () => {
    expect(existsSync(mustPath), `seeds/${slug}/must.json is missing`).toBe(true);
  });
  if (!existsSync(mustPath)) return;
  const must = parseMustFile(JSON.parse(readFileSync(mustPath, 'utf8')), `seeds/${slug}/must.json`);

  it.each(must.checks.map((check) => [describeCheck(check), check] as const))('must: %s', (_name, check) => {
    const problem = evaluate(check, doc, result);
    if (check.pending !== undefined) {
      if (problem) console.warn(`PENDING: seeds/${slug}: ${describeCheck(check)}: ${problem} — ${check.pending}`);
      else expect.fail(`PENDING NOW HOLDS: seeds/${slug}: ${describeCheck(check)}: remove its "pending" flag`);
      return;
    }
    expect(problem, `seeds/${slug}: ${describeCheck(check)}`).toBe('');
  });
});
