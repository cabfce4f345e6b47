import type { BlockFeatures } from '../features.js';
import type { Label } from '../types.js';

/**
 * A rule is data: an id (also its file's vocabulary), the label it votes for, how much its vote
 * weighs, and the plain reason a reader sees when it fires. `test` returns how strongly it fires
 * (false/0 = not at all, true = 1, or a multiplier). `fixture` is an HTML snippet that must make
 * it fire: `where: 'article'` puts it among article paragraphs, `'page'` beside the article (after
 * it), `'before'` beside the article before it (between the page's top and the article). `lang`:
 * the language of a fixture not in English, which its test page then declares (a page is scanned
 * for its own language's phrases and English).
 */
export interface Rule {
  id: string;
  label: Label;
  weight: number;
  reason: string;
  test: (block: BlockFeatures) => boolean | number;
  fixture: { html: string; where: 'article' | 'page' | 'before'; lang?: string };
}

/** A rule as its file writes it: each file holds one label's rules and names the label once. */
export type LabelledRule = Omit<Rule, 'label'>;

/** The rules of one label's file, each given that label (written once a file, not once a rule: the 55 labels were 86 bytes of the content script's gzip). */
export function rulesFor(label: Label, rules: LabelledRule[]): Rule[] {
  return rules.map((rule) => ({ ...rule, label }));
}

/** A pattern tested on hint strings (class, id, role…), with its answers remembered. */
export interface HintPattern {
  test(hints: string): boolean;
  readonly source: string;
}

/** Answers each pattern keeps; a page repeats a few hundred class strings. */
const REMEMBERED_ANSWERS = 2048;

/**
 * `re` with its answers remembered by hint string. Pages repeat the same class strings block
 * after block, and the word patterns (`[a-z-]*related[a-z-]*`) backtrack through every hyphen
 * of a long class name: the same question was the rules' largest cost after the phrase scan.
 */
export function rememberAnswers(re: RegExp): HintPattern {
  const answers = new Map<string, boolean>();
  return {
    source: re.source,
    test(hints) {
      let answer = answers.get(hints);
      if (answer === undefined) {
        answer = re.test(hints);
        if (answers.size >= REMEMBERED_ANSWERS) answers.clear();
        answers.set(hints, answer);
      }
      return answer;
    },
  };
}

/**
 * A hint pattern over class/id/role tokens: `words` must stand between non-letters. In `words` a
 * `*` that follows no character class stands for the rest of a token, `[a-z-]*`, as in a glob:
 * `*donat*` is any token that holds "donat" ("donate-box", "page-donation"). The 120 `[a-z-]*`
 * written out were 50 bytes of the content script's gzip.
 */
export function tokenHint(words: string): HintPattern {
  return rememberAnswers(new RegExp(`(?:^|[^a-z0-9])(?:${words.replace(/(?<!\])\*/g, '[a-z-]*')})(?:[^a-z0-9]|$)`));
}
