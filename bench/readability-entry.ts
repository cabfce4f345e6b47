/** Readability as a browser global, for dist/bench/readability.js. */
import { Readability } from '@mozilla/readability';

(globalThis as { Readability?: typeof Readability }).Readability = Readability;
