/**
 * The content script's string arrays, packed into split strings after terser
 * (scripts/pack-string-arrays.ts): the same arrays at run time, and only where they are made once.
 */
import { runInNewContext } from 'node:vm';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { packStringArrays } from '../scripts/pack-string-arrays.js';

/** What a script leaves in `out`, run in a fresh realm; arrays come back as plain JSON. */
function run(code: string): unknown {
  return JSON.parse(runInNewContext(`var out;${code};JSON.stringify(out)`) as string);
}

describe('packing string arrays', () => {
  it('writes an array of plain strings as one string split at run time', () => {
    const code = '(function(){out={ask:["donate","support us","chip in","give now","your gift","every gift"]}})()';
    const packed = packStringArrays(code);
    expect(packed).toBe('(function(){out={ask:"donate|support us|chip in|give now|your gift|every gift".split("|")}})()');
    expect(run(packed)).toEqual(run(code));
  });

  it('picks a separator that no string holds, and leaves an array every separator occurs in', () => {
    expect(packStringArrays('out=["sign|up","newsletter","inbox","briefing","digest","alerts"]')).toBe('out="sign|up.newsletter.inbox.briefing.digest.alerts".split(".")');
    const all = 'out=["|.,;#~^","newsletter","inbox","briefing","digest","alerts"]';
    expect(packStringArrays(all)).toBe(all);
  });

  it('leaves arrays made in an inner function (a split on every call), short arrays and mixed ones', () => {
    for (const code of [
      '(function(){function f(){return["donate","support us","chip in","give now","your gift","every gift"]}out=f()})()',
      '(()=>{out=[1,2].map(()=>["donate","support us","chip in","give now","your gift","every gift"])})()',
      'out=["donate","support us","chip in","give now","your gift",1]',
      'out=["donate",,"support us","chip in","give now","your gift","every gift"]',
      'out=["donate",`support us`,"chip in","give now","your gift","every gift"]',
      'out=["donate",..."support us","chip in","give now","your gift","every gift"]',
      'out=["donate","support us"]',
    ]) {
      expect(packStringArrays(code)).toBe(code);
    }
  });

  it('writes lower-case Russian as ASCII read back at run time, and leaves lists with a Latin letter or a capital as they are', () => {
    const code = 'out=["поддержать нас","пожертвова*","ёлка","помогите нам, пожалуйста"]';
    const packed = packStringArrays(code);
    expect(packed).not.toMatch(/[\u0400-\u04ff]/);
    expect(packed).toContain('.replace(');
    expect(run(packed)).toEqual(run(code));
    for (const plain of ['out=["рассылк*","ваш e-mail","на почту"]', 'out=["Москва","поддержать","нас"]', 'out=["рассылк|и","поддержать","нас~"]']) {
      expect(packStringArrays(plain)).not.toContain('.replace(');
      expect(run(packStringArrays(plain))).toEqual(run(plain));
    }
  });

  it('keeps any array of Cyrillic and ASCII strings as it was, encoded or not', () => {
    const lowerCase = [...'абвгдежзийклмнопрстуфхцчшщъыьэюяѐё .,;#*-"\\09'];
    const mixed = [...lowerCase, ...'АЯЂӿ]^_`{|}~az'];
    const arrays = (characters: string[]) => fc.array(fc.array(fc.constantFrom(...characters)).map((letters) => letters.join('')), { minLength: 3, maxLength: 12 });
    fc.assert(
      fc.property(arrays(lowerCase), (strings) => {
        const packed = packStringArrays(`out=${JSON.stringify(strings)}`);
        // Encoded whenever a letter is there to encode and a separator is free.
        if (/[а-ё]/.test(strings.join('')) && packed.includes('.split(')) expect(packed).toContain('.replace(');
        expect(run(packed)).toEqual(strings);
      }),
    );
    fc.assert(
      fc.property(arrays(mixed), (strings) => {
        expect(run(packStringArrays(`out=${JSON.stringify(strings)}`))).toEqual(strings);
      }),
    );
  });

  it('keeps any array of strings as it was, empty strings and quotes included', () => {
    fc.assert(
      fc.property(fc.array(fc.string(), { minLength: 0, maxLength: 12 }), (strings) => {
        const code = `out=${JSON.stringify(strings)}`;
        expect(run(packStringArrays(code))).toEqual(strings);
      }),
    );
  });
});
