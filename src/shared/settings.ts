import { LABELS, type Label } from '../classifier/types.js';

/** The kinds a user may choose to hide: every kind but the article itself. */
export const HIDEABLE_LABELS = LABELS.filter((label): label is Exclude<Label, 'article'> => label !== 'article');
export type HideableLabel = (typeof HIDEABLE_LABELS)[number];

export interface Settings {
  /** Which kinds clean view hides. */
  hide: HideableLabel[];
  /** Optional reading layout (line width, type); off by default. */
  readingLayout: boolean;
  /** Origins ("https://example.org") cleaned automatically; each holds its own host permission. */
  sites: string[];
}

export const SETTINGS_KEY = 'settings';

export function defaultSettings(): Settings {
  return { hide: [...HIDEABLE_LABELS], readingLayout: false, sites: [] };
}

/** `https://example.org` for an http(s) URL, else null (browser pages, files, garbage). */
export function siteOrigin(url: unknown): string | null {
  if (typeof url !== 'string') return null;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
    if (!parsed.hostname) return null;
    return `${parsed.protocol}//${parsed.hostname}`;
  } catch {
    return null;
  }
}

/** The match pattern for an origin. Ports are left out: Firefox ignores them in patterns. */
export function originPattern(origin: string): string {
  return `${origin}/*`;
}

/**
 * Reads stored settings through the schema: each field that is missing or malformed falls back to
 * its default, so garbage in storage can never break the extension.
 */
export function parseSettings(raw: unknown): Settings {
  const defaults = defaultSettings();
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return defaults;
  const record = raw as Record<string, unknown>;
  const hide = Array.isArray(record.hide)
    ? HIDEABLE_LABELS.filter((label) => (record.hide as unknown[]).includes(label))
    : defaults.hide;
  const readingLayout = typeof record.readingLayout === 'boolean' ? record.readingLayout : defaults.readingLayout;
  const sites = Array.isArray(record.sites)
    ? [...new Set(record.sites.map(siteOrigin).filter((origin): origin is string => origin !== null))].sort()
    : defaults.sites;
  return { hide, readingLayout, sites };
}
