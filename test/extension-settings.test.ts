import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultSettings, HIDEABLE_LABELS, parseSettings, siteOrigin } from '../src/shared/settings.js';

describe('settings schema', () => {
  it('defaults hide every kind but the article, no reading layout, no sites', () => {
    expect(defaultSettings()).toEqual({ hide: [...HIDEABLE_LABELS], readingLayout: false, sites: [] });
    expect(HIDEABLE_LABELS).not.toContain('article');
    expect(HIDEABLE_LABELS).toHaveLength(11);
  });

  it('reads any garbage as valid settings, never throwing', () => {
    fc.assert(
      fc.property(fc.anything(), (raw) => {
        const settings = parseSettings(raw);
        expect(settings.hide.every((label) => HIDEABLE_LABELS.includes(label))).toBe(true);
        expect(typeof settings.readingLayout).toBe('boolean');
        expect(settings.sites.every((site) => /^https?:\/\/[^/]+$/.test(site))).toBe(true);
      }),
    );
  });

  it('keeps the valid fields of half-broken settings', () => {
    expect(parseSettings({ hide: ['ad', 'article', 'bogus', 'newsletter'], readingLayout: 'yes', sites: ['https://a.example/x', 'javascript:alert(1)', 3, 'https://a.example'] })).toEqual({
      hide: ['newsletter', 'ad'],
      readingLayout: false,
      sites: ['https://a.example'],
    });
  });

  it('names a site by scheme and host only', () => {
    expect(siteOrigin('https://www.example.org:8443/a?b#c')).toBe('https://www.example.org');
    expect(siteOrigin('http://127.0.0.1:5000/x')).toBe('http://127.0.0.1');
    for (const url of ['chrome://extensions', 'about:blank', 'file:///home/reader/page.html', 'not a url', undefined, 42]) expect(siteOrigin(url)).toBeNull();
  });
});
