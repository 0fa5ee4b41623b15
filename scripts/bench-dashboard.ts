/**
 * `npm run bench:dashboard`: the dashboard's search over 10,000 annotations, timed per keystroke as a reader types a
 * query without diacritics. Prints JSON; the target is under 50 ms per keystroke.
 */
import { indexAnnotations, NO_FILTERS, search } from '../lib/dashboard/search';
import { ANNOTATION_CONTEXT, type Annotation } from '../lib/annotations/model';

const WORDS = ['Thủ tướng', 'Phạm Minh Chính', 'Đà Nẵng', 'kinh tế', 'Hà Nội', 'xuất khẩu', 'ngân hàng', 'Tập Cận Bình', 'Astana', 'Nga', 'điện lực', 'giáo dục', 'bóng đá', 'Quốc hội'];

/** A deterministic generator (no Math.random): the same 10,000 annotations on every run. */
function* numbers(seed: number): Generator<number> {
  let state = seed;
  for (;;) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    yield state;
  }
}

const random = numbers(42);
const pick = <T>(list: readonly T[]): T => list[(random.next().value ?? 0) % list.length] as T;
const annotations: Annotation[] = Array.from({ length: 10_000 }, (_, index) => {
  const exact = Array.from({ length: 12 }, () => pick(WORDS)).join(' ');
  const when = new Date(Date.UTC(2026, 0, 1) + index * 3_600_000).toISOString();
  return {
    '@context': ANNOTATION_CONTEXT,
    id: `urn:uuid:00000000-0000-4000-8000-${index.toString(16).padStart(12, '0')}`,
    type: 'Annotation',
    motivation: 'commenting',
    created: when,
    modified: when,
    target: {
      source: `https://news${index % 50}.example/story-${index % 500}`,
      'newslens:title': `Tin số ${index}: ${pick(WORDS)}`,
      selector: [
        { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' },
        { type: 'TextPositionSelector', start: 0, end: exact.length },
      ],
    },
    body: [{ type: 'TextualBody', purpose: 'commenting', value: `Ghi chú về ${pick(WORDS)} và ${pick(WORDS)}`, format: 'text/plain' }],
    'newslens:kind': 'note',
  };
});

const indexStart = performance.now();
const entries = indexAnnotations(annotations);
const indexMs = performance.now() - indexStart;

const query = 'pham minh chinh da nang';
const perKeystroke: number[] = [];
let matches = 0;
for (let round = 0; round < 5; round++) {
  for (let typed = 1; typed <= query.length; typed++) {
    const started = performance.now();
    matches = search(entries, { ...NO_FILTERS, query: query.slice(0, typed) }).length;
    perKeystroke.push(performance.now() - started);
  }
}
const sorted = [...perKeystroke].sort((a, b) => a - b);
const at = (share: number): number => Math.round((sorted[Math.floor(share * (sorted.length - 1))] ?? 0) * 100) / 100;
console.log(
  JSON.stringify(
    {
      annotations: annotations.length,
      indexMs: Math.round(indexMs * 10) / 10,
      query,
      matchesForFullQuery: matches,
      perKeystrokeMs: { median: at(0.5), p95: at(0.95), max: at(1) },
      targetMs: 50,
      meetsTarget: at(1) < 50,
    },
    null,
    2,
  ),
);
