/**
 * The content script's function declarations, put in the order that compresses best after terser
 * (scripts/order-functions.ts): the same script at run time, its other statements in their order.
 */
import { runInNewContext } from 'node:vm';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { orderFunctions } from '../scripts/order-functions.js';

/** What a script leaves in `out`, run in a fresh realm. */
function run(code: string): unknown {
  return JSON.parse(runInNewContext(`var out=[];${code};JSON.stringify(out)`) as string);
}

const gzipped = (code: string) => gzipSync(Buffer.from(code), { level: 9 }).length;

/** `length` letters that do not compress (a fixed pseudo-random sequence). */
function noise(seed: number, length: number): string {
  let state = seed;
  let text = '';
  for (let i = 0; i < length; i++) {
    // xorshift32
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    text += String.fromCharCode(97 + ((state >>> 0) % 26));
  }
  return text;
}

describe('ordering function declarations', () => {
  // Two functions that say the same thing, further apart than gzip looks back (32 KB): side by
  // side after the other statements, the second is a few bytes.
  const same = JSON.stringify(noise(1, 2000));
  const code = `!function(){out.push(a());function a(){return ${same}.length}var x=${JSON.stringify(noise(2, 40000))};function c(){return ${same}.length+1}out.push(c(),x.length)}()`;

  it('moves only function declarations, keeps the other statements in their order, and the script does the same', () => {
    const ordered = orderFunctions(code);
    expect(ordered).not.toBe(code);
    expect(run(ordered)).toEqual(run(code));
    const others = (text: string) => text.match(/out\.push\([^)]*\)|var x=/g);
    expect(others(ordered)).toEqual(others(code));
    for (const name of ['a', 'c']) expect(ordered.split(`function ${name}(`).length).toBe(2);
    expect(gzipped(ordered)).toBeLessThan(gzipped(code) - 1000);
  });

  it('keeps the order written when no other is smaller', () => {
    const tiny = '!function(){function a(){return 1}out.push(a())}()';
    expect(orderFunctions(tiny)).toBe(tiny);
  });

  it('leaves scripts with no one wrapping function, or a name declared twice, as they are', () => {
    for (const script of [
      'function a(){out.push(1)}function b(){out.push(2)}a();b()',
      'out.push(1)',
      '!function(){function a(){return 1}out.push(a());function a(){return 2}}()',
    ]) {
      expect(orderFunctions(script)).toBe(script);
    }
  });
});
