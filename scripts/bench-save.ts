/// <reference types="chrome" />
/**
 * `npm run bench:save`: the round trip of saving an annotation, as an extension page sees it — message to the
 * worker, validation, one IndexedDB transaction, reply — in Chromium with the built extension. Prints JSON; the
 * target is under 20 ms.
 */
import { launchWithExtension } from './launch-extension';

const RUNS = 60;

async function main(): Promise<void> {
  const { context, extensionId } = await launchWithExtension({ headless: true });
  try {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/dashboard.html`);
    const times = await page.evaluate(async (runs) => {
      const result: number[] = [];
      for (let i = 0; i < runs; i++) {
        const now = new Date().toISOString();
        const exact = `Câu trích số ${i} về Hội nghị Thượng đỉnh SCO tại Astana`;
        const annotation = {
          '@context': 'http://www.w3.org/ns/anno.jsonld',
          id: `urn:uuid:${crypto.randomUUID()}`,
          type: 'Annotation',
          motivation: 'commenting',
          created: now,
          modified: now,
          target: {
            source: `https://news.example/bench-${i % 10}`,
            selector: [
              { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' },
              { type: 'TextPositionSelector', start: 0, end: exact.length },
            ],
          },
          body: [{ type: 'TextualBody', purpose: 'commenting', value: `Ghi chú ${i}`, format: 'text/plain' }],
          'newslens:kind': 'note',
        };
        const started = performance.now();
        const reply = (await chrome.runtime.sendMessage({ type: 'annotation/save', payload: { annotation } })) as { ok: boolean };
        result.push(performance.now() - started);
        if (!reply.ok) throw new Error('save failed');
      }
      return result;
    }, RUNS);
    const [first = 0, ...rest] = times;
    const sorted = [...rest].sort((a, b) => a - b);
    const at = (share: number): number => Math.round((sorted[Math.floor(share * (sorted.length - 1))] ?? 0) * 10) / 10;
    console.log(
      JSON.stringify(
        { saves: RUNS, firstMs: Math.round(first * 10) / 10, medianMs: at(0.5), p95Ms: at(0.95), maxMs: at(1), targetMs: 20, meetsTarget: at(0.95) < 20 },
        null,
        2,
      ),
    );
  } finally {
    await context.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
