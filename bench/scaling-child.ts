/**
 * One size of the scaling benchmark, run in a fresh Node process (`--expose-gc --trace-gc`) so
 * that sizes do not share a heap. Prints `RESULT <json>` as its last line; the parent reads the
 * heap peak from V8's GC trace between the two forced GCs that bracket the first classify call.
 */
import { classify } from '../src/classifier/index.js';
import { parseHtml } from './corpus-jsdom.js';
import { floorPass } from './floor.js';
import { expandNesting, generatePage } from './generator.js';
import { median, timeOnce } from './measure.js';

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with --expose-gc');

const [elements, nesting, repeats] = process.argv.slice(2).map(Number) as [number, number, number];
const page = generatePage({ elements, nesting, seed: 42 });
const parse = timeOnce(() => {
  const parsed = parseHtml(page.html);
  expandNesting(parsed);
  return parsed;
});
const doc = parse.value;
process.stdout.write(`PARSED ${parse.ms.toFixed(0)}\n`);
// Warm the JIT on a small page of the same kind, so the first timed call is not the compiler's.
classify(parseHtml(generatePage({ elements: 1000, seed: 7 }).html));
gc();
process.stdout.write('MARK before\n');
const first = timeOnce(() => classify(doc));
gc();
process.stdout.write('MARK after\n');
const times = [first.ms];
// The 300k page gets one run: its heap and first call are what matter there. 10k and 100k get the
// same number, so time(100k) / time(10k) divides like by like (a single first call at 100k against
// a median of three at 10k read 7x to 13x on the same code: the first call carries more warm-up).
for (let i = 1; i < (elements > 100_000 ? 1 : repeats); i++) {
  gc();
  times.push(timeOnce(() => classify(doc)).ms);
}
const floor: number[] = [];
for (let i = 0; i < Math.max(3, repeats); i++) floor.push(timeOnce(() => floorPass(doc)).ms);
const result = {
  elements: doc.getElementsByTagName('*').length,
  nesting,
  htmlBytes: page.html.length,
  parseMs: parse.ms,
  classifyMs: median(times),
  classifyRuns: times,
  floorMs: median(floor),
  sections: first.value.sections.length,
  articleWords: first.value.article.wordCount,
};
process.stdout.write(`RESULT ${JSON.stringify(result)}\n`);
