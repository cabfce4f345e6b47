import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { round } from './measure.js';

export interface ScalingCase {
  name: string;
  elements: number;
  nesting: number;
}

export const SCALING_CASES: ScalingCase[] = [
  { name: '1k', elements: 1_000, nesting: 0 },
  { name: '10k', elements: 10_000, nesting: 0 },
  { name: '100k', elements: 100_000, nesting: 0 },
  { name: '300k', elements: 300_000, nesting: 0 },
  { name: '10k, 3,000 deep', elements: 10_000, nesting: 3_000 },
];

export interface ScalingRow extends ScalingCase {
  classifyMs: number | null;
  floorMs: number | null;
  parseMs: number | null;
  /** Largest V8 heap in use seen during the first classify call (DOM included), MB. */
  peakHeapMb: number | null;
  /** That peak minus the heap right before classify: what classify itself held at most, MB. */
  classifyHeapMb: number | null;
  sections: number | null;
  error?: string;
}

const GC_LINE = /: (?:Scavenge|Mark-Compact|Mark-Sweep|Minor Mark-Sweep|Mark-Compact \(reduce\))[^\d]*?(\d+(?:\.\d+)?) \((?:\d+(?:\.\d+)?)\) -> (\d+(?:\.\d+)?) \(/;

/** Heap peak and baseline (MB) from a `--trace-gc` log between the MARK lines the child prints. */
export function heapFromTrace(lines: string[]): { peak: number; baseline: number } | null {
  const start = lines.indexOf('MARK before');
  const end = lines.indexOf('MARK after');
  if (start < 0 || end < 0) return null;
  // The forced GC right before MARK before gives the baseline; the one right before MARK after
  // is the heap at the end of classify. V8 may flush its trace late, so look around the marks.
  let baseline = NaN;
  for (let i = start - 1; i >= 0; i--) {
    const match = GC_LINE.exec(lines[i]!);
    if (match && lines[i]!.includes('testing')) {
      baseline = Number(match[2]);
      break;
    }
  }
  let peak = baseline;
  for (let i = start + 1; i < end; i++) {
    const match = GC_LINE.exec(lines[i]!);
    if (match) peak = Math.max(peak, Number(match[1]));
  }
  return Number.isNaN(baseline) ? null : { peak, baseline };
}

const CHILD = fileURLToPath(new URL('./scaling-child.ts', import.meta.url));
const TSX = import.meta.resolve('tsx');

function runChild(testCase: ScalingCase, repeats: number, timeoutMs: number): Promise<ScalingRow> {
  const empty: ScalingRow = { ...testCase, classifyMs: null, floorMs: null, parseMs: null, peakHeapMb: null, classifyHeapMb: null, sections: null };
  return new Promise((resolvePromise) => {
    const child = spawn(
      process.execPath,
      ['--expose-gc', '--trace-gc', '--max-old-space-size=8192', '--stack-size=4000', '--import', TSX, CHILD, String(testCase.elements), String(testCase.nesting), String(repeats)],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let stdout = '';
    let stderr = '';
    let classifyStarted = 0;
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      if (!classifyStarted && stdout.includes('MARK before')) classifyStarted = performance.now();
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const lines = stdout.split('\n').map((line) => line.trim());
      const resultLine = lines.find((line) => line.startsWith('RESULT '));
      if (!resultLine) {
        const parsed = lines.find((line) => line.startsWith('PARSED '));
        const classifyingFor = classifyStarted ? ((performance.now() - classifyStarted) / 1000).toFixed(0) : null;
        const why =
          signal === 'SIGKILL'
            ? classifyingFor
              ? `classify > ${classifyingFor} s (stopped)`
              : `stopped after ${timeoutMs / 1000} s${parsed ? '' : ' while parsing'}`
            : `exit ${code}: ${stderr.trim().split('\n').slice(-3).join(' ')}`;
        resolvePromise({ ...empty, error: why });
        return;
      }
      const result = JSON.parse(resultLine.slice('RESULT '.length)) as { elements: number; classifyMs: number; floorMs: number; parseMs: number; sections: number };
      const heap = heapFromTrace(lines);
      resolvePromise({
        ...testCase,
        elements: result.elements,
        classifyMs: round(result.classifyMs),
        floorMs: round(result.floorMs),
        parseMs: round(result.parseMs),
        peakHeapMb: heap ? round(heap.peak, 1) : null,
        classifyHeapMb: heap ? round(heap.peak - heap.baseline, 1) : null,
        sections: result.sections,
      });
    });
  });
}

/** Runs each size in its own process, one after another (two cores, shared). */
export async function benchScaling(repeats: number, timeoutMs: number, progress: (line: string) => void): Promise<ScalingRow[]> {
  const rows: ScalingRow[] = [];
  for (const testCase of SCALING_CASES) {
    const row = await runChild(testCase, repeats, timeoutMs);
    progress(`scaling ${testCase.name}: ${row.error ?? `classify ${row.classifyMs} ms, peak heap ${row.peakHeapMb} MB`}`);
    rows.push(row);
  }
  return rows;
}
