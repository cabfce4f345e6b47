/**
 * A localhost static server for the browser suites: seed pages, test fixtures and (read in place,
 * never copied) corpus pages. It records every request so tests can see who asked for what.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import { CORPUS, ROOT } from '../../helpers/dom.js';

export const FIXTURES = resolve(ROOT, 'test/e2e/pages');

export interface PageServer {
  /** `http://127.0.0.1:<port>` (inside the test builds' host permission) or the `host` asked for */
  origin: string;
  /** Every request path received, in order. */
  requests: string[];
  seedUrl(slug: string): string;
  corpusUrl(id: string): string;
  fixtureUrl(name: string): string;
  close(): Promise<void>;
}

/** Corpus pages run without their scripts and cannot reach other hosts: deterministic, offline. */
const CORPUS_CSP = "default-src 'none'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; script-src 'none'";
/** Seeds and fixtures may run their own inline scripts (late content, hostile pages), still offline. */
const FIXTURE_CSP = "default-src 'none'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; script-src 'self' 'unsafe-inline'; frame-src 'self'";

/** How long /stall/ holds a response back before answering, unless `?hold=<ms>` says otherwise. */
export const STALL_MS = 2000;

const SAFE_NAME = /^[a-z0-9][a-z0-9-]*$/;

function fileFor(path: string): { file: string; csp: string } | null {
  const [, kind, name, rest] = path.match(/^\/(seeds|corpus|pages)\/([^/]+)(\/source\.html)?$/) ?? [];
  if (!kind || !name) return null;
  const base = name.replace(/\.html$/, '');
  if (!SAFE_NAME.test(base)) return null;
  if (kind === 'seeds') return rest ? { file: resolve(ROOT, 'seeds', base, 'source.html'), csp: FIXTURE_CSP } : null;
  if (kind === 'corpus') return { file: resolve(CORPUS, `${base}.html`), csp: CORPUS_CSP };
  return { file: resolve(FIXTURES, `${base}.html`), csp: FIXTURE_CSP };
}

function handle(req: IncomingMessage, res: ServerResponse, requests: string[]): void {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const path = url.pathname;
  requests.push(path);
  const slow = path.startsWith('/slow/');
  const stalled = path.startsWith('/stall/');
  // "no-store" keeps pages out of the back-forward cache; /cacheable/ serves them without it.
  const cacheable = path.startsWith('/cacheable/');
  const target = fileFor(slow ? path.slice(5) : stalled ? path.slice(6) : cacheable ? path.slice(10) : path);
  if (!target || !existsSync(target.file)) {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    return;
  }
  const body = readFileSync(target.file);
  if (stalled) {
    // "A navigation not yet answered": the tab shows the new address as pending, its old document
    // stays, and nothing arrives for STALL_MS (or `hold`); then the whole page at once.
    const hold = Number(url.searchParams.get('hold') ?? STALL_MS);
    setTimeout(() => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': target.csp, 'cache-control': 'no-store' }).end(body), hold).unref();
    return;
  }
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': target.csp, 'cache-control': cacheable ? 'no-cache' : 'no-store' });
  if (!slow) {
    res.end(body);
    return;
  }
  // "A page that is still loading": half the page now, the rest 3 s later.
  const half = Math.floor(body.length / 2);
  res.write(body.subarray(0, half));
  setTimeout(() => res.end(body.subarray(half)), 3000).unref();
}

/**
 * `host` is a loopback address: 127.0.0.1 (default) lies inside the test builds' host permission;
 * 127.0.0.2 is another site to the browser, which the test builds may touch only once granted.
 */
/**
 * The paths a server was asked for after its first `mark` requests, without `/favicon.ico`: the
 * browser asks for a tab's icon itself, whenever it gets to it, and that is no page's or Sift's doing.
 */
export function requestsSince(requests: readonly string[], mark: number): string[] {
  return requests.slice(mark).filter((path) => path !== '/favicon.ico');
}

export async function startPageServer(options: { host?: string } = {}): Promise<PageServer> {
  const host = options.host ?? '127.0.0.1';
  const requests: string[] = [];
  const server = createServer((req, res) => handle(req, res, requests));
  await new Promise<void>((done) => server.listen(0, host, done));
  const { port } = server.address() as AddressInfo;
  const origin = `http://${host}:${port}`;
  return {
    origin,
    requests,
    seedUrl: (slug) => `${origin}/seeds/${slug}/source.html`,
    corpusUrl: (id) => `${origin}/corpus/${id}.html`,
    fixtureUrl: (name) => `${origin}/pages/${name}.html`,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

export interface CorpusLabels {
  id: string;
  url?: string;
  article: string[];
  boilerplate: Array<{ kind: string; snippet: string }>;
}

/** The corpus labels of one page, or null (with a visible SKIPPED warning) when ../shared is absent. */
export function corpusLabels(id: string): CorpusLabels | null {
  const file = resolve(CORPUS, 'labels.json');
  if (!existsSync(file) || !existsSync(resolve(CORPUS, `${id}.html`))) {
    console.warn(`SKIPPED: ../shared/corpus is absent; corpus page ${id} not tested`);
    return null;
  }
  const labels = JSON.parse(readFileSync(file, 'utf8')) as CorpusLabels[];
  return labels.find((record) => record.id === id) ?? null;
}
