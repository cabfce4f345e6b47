import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers/dom.js';

/**
 * What `npm install sift` gets is `dependencies`, nothing else: a package the Node library imports
 * at run time but lists only under devDependencies installs fine here and fails for everyone else
 * ("Cannot find package 'jsdom'", as it did). The extension's own packages are bundled at build
 * time, so they stay dev-only and a library user does not download them.
 */
const manifest = JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8')) as { dependencies?: Record<string, string>; files?: string[] };
const libConfig = JSON.parse(readFileSync(resolve(ROOT, 'tsconfig.lib.json'), 'utf8')) as { include: string[] };

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.ts') && !name.endsWith('.d.ts'))
    .map((name) => join(dir, name));
}

/** The packages a file loads at run time: `import … from 'x'`, `export … from 'x'`, `import('x')`; type-only imports vanish in the build. */
function runtimePackages(source: string): string[] {
  const packages: string[] = [];
  const pattern = /^\s*(import|export)\s+(type\s+)?[^;]*?\bfrom\s+'([^']+)'|\bimport\(\s*'([^']+)'\s*\)|^\s*import\s+'([^']+)'/gm;
  for (const match of source.matchAll(pattern)) {
    if (match[2]) continue;
    const specifier = match[3] ?? match[4] ?? match[5] ?? '';
    if (specifier.startsWith('.') || specifier.startsWith('node:') || builtinModules.includes(specifier)) continue;
    const parts = specifier.split('/');
    packages.push(specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!);
  }
  return packages;
}

describe('the published library', () => {
  const libPackages = new Set(libConfig.include.flatMap((dir) => sourceFiles(resolve(ROOT, dir))).flatMap((file) => runtimePackages(readFileSync(file, 'utf8'))));
  const dependencies = Object.keys(manifest.dependencies ?? {});

  it('publishes the built library and the seed page its command reads by default, nothing else', () => {
    expect(manifest.files).toEqual(['dist/lib', 'seeds/moscow-times-aggregator/source.html']);
  });

  it('lists every package the library imports at run time under dependencies', () => {
    expect(libPackages.size).toBeGreaterThan(0);
    expect([...libPackages].filter((name) => !dependencies.includes(name))).toEqual([]);
  });

  it('lists nothing under dependencies that the library does not import', () => {
    expect(dependencies.filter((name) => !libPackages.has(name))).toEqual([]);
  });

  it('reads import statements as the build does', () => {
    const source = [
      "import { JSDOM, VirtualConsole } from 'jsdom';",
      "import type { Browser } from 'puppeteer-core';",
      "export type { Runtime } from 'webextension-polyfill';",
      "import sniff from 'html-encoding-sniffer';",
      "import { readFile } from 'node:fs/promises';",
      "import path from 'path';",
      "import { classify } from '../classifier/index.js';",
      "export { RULES } from '@scope/rules/sub';",
      "const lazy = await import('lazy-package');",
      "import 'side-effect';",
    ].join('\n');
    expect(runtimePackages(source)).toEqual(['jsdom', 'html-encoding-sniffer', '@scope/rules', 'lazy-package', 'side-effect']);
  });
});
