import type { JsonClassification } from '../node/index.js';

function firstWords(text: string, count: number): string {
  const words = text.split(' ');
  return words.length > count ? `${words.slice(0, count).join(' ')} …` : text;
}

function pad(text: string, width: number): string {
  return text.length >= width ? `${text.slice(0, width - 1)}…` : text.padEnd(width);
}

/** The default output: one row per section, then the article's facts and the paywall verdict. */
export function formatTable(file: string, result: JsonClassification): string {
  const lines = [`${file}`, `${pad('LABEL', 20)} ${pad('RULES', 34)} ${pad('REASON', 56)} TEXT`];
  for (const section of result.sections) {
    lines.push(`${pad(section.label, 20)} ${pad(section.ruleIds.join(','), 34)} ${pad(section.reasons[0] ?? '', 56)} ${firstWords(section.text, 8)}`);
  }
  const { article, paywall } = result;
  lines.push('');
  if (article.absentReason) lines.push(`article: none (${article.absentReason})`);
  else lines.push(`article: “${article.title}” · ${article.byline || 'no byline'} · ${article.published || 'no date'} · ${article.wordCount} words · ${article.readingMinutes} min`);
  lines.push(`paywall: ${paywall.type}${paywall.evidence.length ? ` (${paywall.evidence.map((e) => e.ruleId).join(', ')})` : ''}`);
  // Blocks as clean view hides them and the popup counts them; the table above lists their sections.
  const hidden = Object.entries(result.hiddenBlocks).map(([label, n]) => `${n} ${label}`);
  const sections = result.sections.filter((section) => section.label !== 'article').length;
  lines.push(`hidden: ${hidden.length > 0 ? `${hidden.join(' · ')} (${sections} section${sections === 1 ? '' : 's'})` : 'nothing'}`);
  return `${lines.join('\n')}\n`;
}

/** `--text`: the clean article as a reader would copy it. */
export function formatText(result: JsonClassification): string {
  const { article } = result;
  if (article.absentReason) return `(no article: ${article.absentReason})\n`;
  const head = [article.title, [article.byline, article.published].filter(Boolean).join(' · ')].filter(Boolean);
  return `${head.join('\n')}\n\n${article.text}\n`;
}
