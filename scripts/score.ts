/** `npm run score`: Sift and Readability side by side over ../shared/corpus. */
import { resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { flatCopy } from './corpus/flat-copy.js';
import { corpusDir, readabilityCleaner, scoreCorpus, siftCleaner, summarise, type Cleaner, type PageScore } from './corpus/score-lib.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dir = corpusDir(root);
const verbose = process.argv.includes('--verbose');
/** `--flat`: each page as an aggregator copies it (flat-copy.ts), for both cleaners. */
const flat = process.argv.includes('--flat');
const onCopy = (cleaner: Cleaner): Cleaner => (flat ? (doc, url) => (flatCopy(doc), cleaner(doc, url)) : cleaner);
const only = process.argv.find((arg) => !arg.startsWith('-') && arg !== process.argv[0] && arg !== process.argv[1]);

const sift = scoreCorpus(dir, onCopy(siftCleaner), only ? (l) => l.id.includes(only) : undefined);
if (!sift) {
  console.error(`score: no corpus at ${dir} (labels.json missing)`);
  process.exit(1);
}
const readability = only ? null : scoreCorpus(dir, onCopy(readabilityCleaner));
if (flat) console.log('Each page as an aggregator copies it: every block a paragraph in one container (scripts/corpus/flat-copy.ts).\n');

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
function row(score: PageScore, other?: PageScore): string {
  const leaks = score.leaked.map((b) => b.kind).join(',');
  const r = other ? `  readability ${other.articleFound}/${other.articleTotal} leaks ${other.leaked.length}` : '';
  return `${score.id.padEnd(34)} article ${score.articleFound}/${score.articleTotal}  leaks ${String(score.leaked.length).padStart(2)} ${leaks.padEnd(40)} paywall ${score.paywallGot.padEnd(12)} (want ${score.paywallExpected})${score.noArticleExpected ? ` no-article:${score.noArticleGot}` : ''}${r}`;
}
sift.forEach((score, i) => {
  console.log(row(score, readability?.[i]));
  if (verbose) {
    for (const miss of score.missed) console.log(`    MISSED  ${miss.slice(0, 110)}`);
    for (const leak of score.leaked) console.log(`    LEAKED  [${leak.kind}] ${leak.snippet.slice(0, 100)}`);
    for (const n of score.named) if (n.label !== n.kind) console.log(`    NAMED   [${n.kind} as ${n.label || 'no one section'}] ${n.snippet.slice(0, 90)}`);
  }
});
const s = summarise(sift);
const r = readability ? summarise(readability) : null;
console.log('\n' + 'figure'.padEnd(28) + 'Sift'.padEnd(12) + 'Readability');
console.log('article kept'.padEnd(28) + pct(s.articleKept).padEnd(12) + (r ? pct(r.articleKept) : ''));
for (const kind of Object.keys(s.removedByKind).sort()) {
  const c = s.removedCounts[kind]!;
  console.log(`${kind} removed`.padEnd(28) + `${pct(s.removedByKind[kind]!)} (${c.removed}/${c.total})`.padEnd(12) + ' ' + (r ? pct(r.removedByKind[kind] ?? 0) : ''));
}
// What the popup counts a removed block as: its section's label against the corpus's kind.
let namedRight = 0;
let namedTotal = 0;
for (const kind of Object.keys(s.namedCounts).sort()) {
  const c = s.namedCounts[kind]!;
  namedRight += c.right;
  namedTotal += c.total;
  console.log(`${kind} named so`.padEnd(28) + `${pct(c.total === 0 ? 1 : c.right / c.total)} (${c.right}/${c.total})`);
}
console.log('removed and named so'.padEnd(28) + `${pct(namedTotal === 0 ? 1 : namedRight / namedTotal)} (${namedRight}/${namedTotal})`);
console.log('paywall type right'.padEnd(28) + pct(s.paywallRight));
console.log('pages clean (no appeal, all article)'.padEnd(28) + `${s.cleanPages}/${s.pages}` + (r ? `  readability ${r.cleanPages}/${r.pages}` : ''));
