import { describe, expect, it } from 'vitest';
import { classifyHtml, decodeHtml } from '../src/node/index.js';

const report = 'A városi tanács kedden hat órán át vitatta a jövő évi költségvetést, az iskolákról, az utakról és a kórházakról, majd éjfél után többséggel elfogadta.';
const page = (head: string) => `<!DOCTYPE html><html lang="hu"><head>${head}<title>Elfogadták a költségvetést</title></head><body><article><h1>Elfogadták a költségvetést</h1>${`<p>${report}</p>`.repeat(4)}</article></body></html>`;

/** ISO-8859-2 for this text: Latin-1's bytes, except ő and ű, which sit where Latin-1 has õ and û. */
function iso88592(text: string): Buffer {
  return Buffer.from(text.replace(/ő/g, 'õ').replace(/ű/g, 'û'), 'latin1');
}

describe('the Node library reads bytes as the page declares them', () => {
  it('decodes by <meta charset>, by a byte-order mark, and as UTF-8 without either', () => {
    expect(decodeHtml(iso88592(page('<meta charset="iso-8859-2">')))).toContain('a jövő évi költségvetést');
    expect(decodeHtml(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(page(''), 'utf16le')]))).toContain('a jövő évi költségvetést');
    expect(decodeHtml(Buffer.from(page(''), 'utf8'))).toContain('a jövő évi költségvetést');
  });

  it('reads a page re-saved as UTF-8 as UTF-8, though it still declares its old charset', () => {
    const resaved = Buffer.from(page('<meta charset="iso-8859-2">'), 'utf8');
    expect(decodeHtml(resaved)).toContain('a jövő évi költségvetést');
    expect(decodeHtml(Buffer.from('<meta charset="gb2312"><p>谷歌两年花170亿美元并购</p>', 'utf8'))).toContain('谷歌两年花170亿美元并购');
  });

  it('classifyHtml takes the bytes of a file as it takes a string', async () => {
    const fromBytes = await classifyHtml(iso88592(page('<meta charset="iso-8859-2">')));
    const fromString = await classifyHtml(page('<meta charset="iso-8859-2">'));
    expect(fromBytes.article.title).toBe('Elfogadták a költségvetést');
    expect(fromBytes.article.text).toContain('a jövő évi költségvetést');
    expect(fromBytes.sections).toEqual(fromString.sections);
  });
});
