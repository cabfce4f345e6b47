import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ROOT } from './dom.js';

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

function readMessages(lang: string): Messages {
  return JSON.parse(readFileSync(resolve(ROOT, 'public/_locales', lang, 'messages.json'), 'utf8')) as Messages;
}

function fill(entry: Messages[string], substitutions: string | string[] | undefined): string {
  const values = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
  return entry.message.replace(/\$([A-Z_]+)\$/g, (_, name: string) => {
    const content = entry.placeholders?.[name.toLowerCase()]?.content ?? '';
    return content.replace(/\$(\d)/g, (__, i: string) => values[Number(i) - 1] ?? '');
  });
}

/**
 * A locale's UI message as the browser's `i18n.getMessage` answers it: its $PLACEHOLDERS$ filled in
 * order from `substitutions`, and an error for a key the locale lacks (a test then fails where the
 * extension would show nothing).
 */
export function uiMessage(lang: string): (key: string, substitutions?: string | string[]) => string {
  const messages = readMessages(lang);
  return (key, substitutions) => {
    const entry = messages[key];
    if (!entry) throw new Error(`no message ${key} in ${lang}`);
    return fill(entry, substitutions);
  };
}

/**
 * The content script's `translate` (src/content/main.iife.ts) in an unbuilt extension: the
 * locale's message, else the fallback. The English rule reasons are not among the UI messages
 * here (the build writes them into the shipped messages), so in English the classifier's own
 * texts stay; the German ones are.
 */
export function contentTranslate(lang = 'en'): (key: string, substitutions?: string[], fallback?: string) => string {
  const messages = readMessages(lang);
  return (key, substitutions, fallback = '') => {
    const entry = messages[key];
    return entry ? fill(entry, substitutions) : fallback;
  };
}
