import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Repository root, found from this file so the benchmark runs from any working directory. */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** The shared corpus lives beside the repository and is never copied into it. */
export const CORPUS_DIR = resolve(ROOT, '../shared/corpus');
export const SEED_PAGE = resolve(ROOT, 'seeds/moscow-times-aggregator/source.html');

export interface CorpusPage {
  id: string;
  html: string;
}

/** Every corpus page, sorted by id; an empty list (with a visible warning) when the corpus is absent. */
export function loadCorpus(): CorpusPage[] {
  if (!existsSync(CORPUS_DIR)) {
    console.warn(`SKIPPED: corpus not found at ${CORPUS_DIR}; corpus rows will be empty.`);
    return [];
  }
  return readdirSync(CORPUS_DIR)
    .filter((name) => name.endsWith('.html'))
    .sort()
    .map((name) => ({ id: name.replace(/\.html$/, ''), html: readFileSync(resolve(CORPUS_DIR, name), 'utf8') }));
}

export function loadSeed(): CorpusPage {
  return { id: 'seed:moscow-times-aggregator', html: readFileSync(SEED_PAGE, 'utf8') };
}
