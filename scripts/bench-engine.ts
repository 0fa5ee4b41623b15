/**
 * `npm run bench`: the entity engine's figures, printed as JSON. Run bundled by esbuild (as the extension's code is
 * bundled by Vite), so the figures are those of the shipped code, not of a development transpiler.
 * - knowledge-base load: JSON.parse of the shipped kb.json + building the matcher (what the worker does at start);
 * - heap the loaded knowledge base holds;
 * - matcher throughput (knowledge-base names only) and full recogniser throughput, in MB/s of UTF-8 text, over
 *   several MB of generated Vietnamese and English news text.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join, resolve } from 'node:path';
import { compileFromDisk } from '../lib/knowledge/node-sources';
import { KnowledgeBase } from '../lib/knowledge/knowledge-base';
import type { CompiledKb } from '../lib/knowledge/schema';
import { recognise } from '../lib/ner/recognise';
import { scan } from '../lib/text/scan';
import { generateLongArticle } from '../tests/fixtures/generate-long.mjs';

const round = (value: number): number => Math.round(value * 10) / 10;

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
};

function articleText(html: string): string {
  return [...html.matchAll(/<p[^>]*>([\s\S]*?)<\/p>/g)].map((match) => (match[1] ?? '').replace(/<[^>]+>/g, '')).join('\n');
}

const serialised = JSON.stringify(compileFromDisk(resolve('lib/knowledge/sources')));

// The worker loads the knowledge base once, cold: measure that in fresh processes, not in a warmed-up loop.
if (process.argv[2] === '--cold-load') {
  const text = readFileSync(process.argv[3] ?? '', 'utf8');
  const started = performance.now();
  const loaded = new KnowledgeBase(JSON.parse(text) as CompiledKb);
  process.stdout.write(String(performance.now() - started));
  process.exit(loaded.size > 0 ? 0 : 1);
}
const kbFile = resolve('.bench/kb.json');
writeFileSync(kbFile, serialised);
const loadTimes = Array.from({ length: 7 }, () =>
  Number(execFileSync(process.execPath, [fileURLToPath(import.meta.url), '--cold-load', kbFile], { encoding: 'utf8' })),
);
const kb = new KnowledgeBase(JSON.parse(serialised) as CompiledKb);

const gc = (globalThis as { gc?: () => void }).gc;
gc?.();
const heapBefore = process.memoryUsage().heapUsed;
const held = new KnowledgeBase(JSON.parse(serialised) as CompiledKb);
gc?.();
const heapAfter = process.memoryUsage().heapUsed;

/** Our own news-style passages (the gold set, markup removed), repeated to several MB: realistic name density. */
function newsCorpus(lang: 'vi' | 'en', megabytes: number): string {
  const dir = resolve('tests/gold', lang);
  const passages = readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .map((name) => readFileSync(join(dir, name), 'utf8').replace(/\[([^\]]*)\]\{[^}]*\}/g, '$1'));
  const once = passages.join('\n');
  return once.repeat(Math.ceil((megabytes * 1e6) / Buffer.byteLength(once)));
}

/** Generated pages with a name in nearly every clause: the worst case. */
const corpus: Record<string, string> = {
  'news-vi': newsCorpus('vi', 4),
  'news-en': newsCorpus('en', 4),
  'dense-vi': articleText(generateLongArticle({ words: 500_000, seed: 11, lang: 'vi' })),
  'dense-en': articleText(generateLongArticle({ words: 500_000, seed: 12, lang: 'en' })),
};
const corpusLang = (name: string): 'vi' | 'en' => (name.endsWith('vi') ? 'vi' : 'en');
const perCorpus = (measure: (text: string, lang: 'vi' | 'en') => number): Record<string, number> =>
  Object.fromEntries(Object.entries(corpus).map(([name, text]) => [name, round(measure(text, corpusLang(name)))]));

function throughput(run: (text: string) => unknown, text: string): number {
  const bytes = Buffer.byteLength(text, 'utf8');
  run(text); // warm the JIT on the same input before timing
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    const started = performance.now();
    run(text);
    times.push(performance.now() - started);
  }
  return bytes / 1e6 / (median(times) / 1000);
}

const figures = {
  knowledgeBase: {
    entities: kb.size,
    surfaceForms: kb.gazetteer.formCount,
    kbJsonBytes: Buffer.byteLength(serialised),
    coldLoadMsMedian: round(median(loadTimes)),
    heapMB: gc ? round((heapAfter - heapBefore) / 1e6) : 'run with --expose-gc',
  },
  corpusMB: perCorpus((text) => Buffer.byteLength(text) / 1e6),
  // The matcher: one scan of the text plus the knowledge-base trie walk.
  matcherMBps: perCorpus((text) => throughput((input) => kb.gazetteer.scan(scan(input)), text)),
  // Everything: matcher, unknown names, context typing, overlaps, mention objects.
  recogniserMBps: perCorpus((text, lang) => throughput((input) => recognise(kb, input, { lang }), text)),
  targets: { matcherMBps: 50, loadMs: 20 },
};
void held;
console.log(JSON.stringify(figures, null, 2));
