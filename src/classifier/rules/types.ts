import type { BlockFeatures } from '../features.js';
import type { Label } from '../types.js';

/**
 * A rule is data: an id (also its file's vocabulary), the label it votes for, how much its vote
 * weighs, and the plain reason a reader sees when it fires. `test` returns how strongly it fires
 * (false/0 = not at all, true = 1, or a multiplier). `fixture` is an HTML snippet that must make
 * it fire: `where: 'article'` puts it among article paragraphs, `'page'` beside the article.
 */
export interface Rule {
  id: string;
  label: Label;
  weight: number;
  reason: string;
  test: (block: BlockFeatures) => boolean | number;
  fixture: { html: string; where: 'article' | 'page' };
}

/** A hint regex over class/id/role tokens: `words` must stand between non-letters. */
export function tokenHint(words: string): RegExp {
  return new RegExp(`(?:^|[^a-z0-9])(?:${words})(?:[^a-z0-9]|$)`);
}
