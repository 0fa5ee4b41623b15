/**
 * `npm run bench:events`: how long `rankEvents` takes for one page — the seed article's linked entities against the
 * whole bundled dataset — as the median of many runs after a warm-up, printed as JSON with the target (< 5 ms).
 * Exits 1 when the median misses the target.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Window } from 'happy-dom';
import { compileFromDisk } from '../lib/knowledge/node-sources';
import { KnowledgeBase } from '../lib/knowledge/knowledge-base';
import { recognise } from '../lib/ner/recognise';
import { articleTextOf } from '../lib/page/html-article';
import { publishedDate } from '../lib/page/published-date';
import { loadEventsFromDisk } from '../lib/events/node-events';
import { countLinkedEntities, rankEvents, type RankPage } from '../lib/events/rank';

const SEED = fileURLToPath(new URL('../tests/fixtures/seed-putin-xi-astana.html', import.meta.url));
const TARGET_MS = 5;
const WARM_UP = 200;
const RUNS = 2000;

const kb = new KnowledgeBase(compileFromDisk());
const events = loadEventsFromDisk(new Set(kb.compiled.entities.map((entity) => entity.id)));

const window = new Window({ settings: { disableJavaScriptEvaluation: true, disableCSSFileLoading: true } });
const doc = new window.DOMParser().parseFromString(readFileSync(SEED, 'utf8'), 'text/html') as unknown as Document;
const article = articleTextOf(doc);
const lang = article.lang ?? 'en';
const page: RankPage = { entities: countLinkedEntities(recognise(kb, article.text, { lang })), published: publishedDate(doc), lang };
void window.happyDOM.close();

const options = { today: new Date(), limit: 5, names: (id: string) => kb.get(id)?.name };
let top = '';
for (let i = 0; i < WARM_UP; i++) top = rankEvents(events, page, options)[0]?.id ?? '';
const times: number[] = [];
for (let i = 0; i < RUNS; i++) {
  const started = performance.now();
  const ranked = rankEvents(events, page, options);
  times.push(performance.now() - started);
  if (ranked.length === 0) throw new Error('rankEvents returned nothing for the seed page');
}
times.sort((a, b) => a - b);
const at = (fraction: number): number => Math.round((times[Math.floor(fraction * (times.length - 1))] ?? 0) * 1000) / 1000;
const medianMs = at(0.5);

process.stdout.write(
  `${JSON.stringify(
    {
      benchmark: 'rankEvents',
      page: relative(process.cwd(), SEED),
      pageEntities: page.entities.length,
      events: events.length,
      runs: RUNS,
      medianMs,
      p95Ms: at(0.95),
      maxMs: at(1),
      targetMs: TARGET_MS,
      meetsTarget: medianMs < TARGET_MS,
      top,
    },
    null,
    2,
  )}\n`,
);
process.exitCode = medianMs < TARGET_MS ? 0 : 1;
