/**
 * `npm run seeds:regen [-- slug …]`: rewrites seeds/<slug>/expected.json from the current
 * classifier, for every seed or the named ones. Review the result with `git diff seeds/`.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { seedFile, seedSlugs, serialiseSnapshot, snapshotSeed } from './seed-snapshot.js';

const wanted = process.argv.slice(2).filter((arg) => !arg.startsWith('-'));
const all = seedSlugs();
const unknown = wanted.filter((slug) => !all.includes(slug));
if (unknown.length > 0) {
  for (const slug of unknown) console.error(`seeds:regen: no seeds/${slug}/source.html`);
  process.exit(1);
}
for (const slug of wanted.length > 0 ? wanted : all) {
  const path = seedFile(slug, 'expected.json');
  const before = existsSync(path);
  writeFileSync(path, serialiseSnapshot(snapshotSeed(slug)));
  console.log(`${before ? 'rewrote' : 'wrote'} seeds/${slug}/expected.json`);
}
console.log('Review the changes with: git diff seeds/');
