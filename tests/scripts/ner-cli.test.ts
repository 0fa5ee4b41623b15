import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), 'newslens-ner-'));

async function ner(args: string[]): Promise<{ stdout: string; stderr: string; code: number }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', 'scripts/ner.ts', ...args]);
    return { stdout, stderr, code: 0 };
  } catch (error) {
    const failed = error as { stdout: string; stderr: string; code: number };
    return { stdout: failed.stdout, stderr: failed.stderr, code: failed.code };
  }
}

interface Line {
  file: string;
  lang: string;
  entities: Array<{ start: number; end: number; type: string; text: string; id: string | null; wikidata?: string }>;
}

describe('npm run ner', () => {
  it('reads text with a BOM in decomposed form and gives offsets into the NFC text, with ids and QIDs', async () => {
    const text = 'Chủ tịch Tập Cận Bình gặp Tổng thống Vladimir Putin tại Astana.';
    const file = join(dir, 'nfd.txt');
    writeFileSync(file, `\uFEFF${text.normalize('NFD')}`);
    const { stdout, code } = await ner([file]);
    expect(code).toBe(0);
    const line = JSON.parse(stdout) as Line;
    expect(line.file).toBe(file);
    expect(line.lang).toBe('vi');
    for (const entity of line.entities) expect(text.slice(entity.start, entity.end)).toBe(entity.text);
    expect(line.entities.map((entity) => [entity.text, entity.id])).toEqual([
      ['Tập Cận Bình', 'per:xi-jinping'],
      ['Vladimir Putin', 'per:vladimir-putin'],
      ['Astana', 'loc:astana'],
    ]);
    expect(line.entities[0]?.wikidata).toBe('Q15031');
  }, 30_000);

  it('reads the article of an HTML page and skips its navigation and comments', async () => {
    const { stdout } = await ner(['tests/fixtures/seed-sco-ministers.html']);
    const line = JSON.parse(stdout) as Line;
    expect(line.lang).toBe('vi');
    const ids = new Set(line.entities.map((entity) => entity.id));
    for (const id of ['per:qin-gang', 'per:geng-shuang', 'org:osce', 'org:sco', 'loc:ua', 'loc:in']) expect(ids).toContain(id);
  }, 30_000);

  it('prints CoNLL with IOB2 tags', async () => {
    const file = join(dir, 'en.txt');
    writeFileSync(file, 'President Xi Jinping visited Kazakhstan.');
    const { stdout } = await ner(['--lang', 'en', '--format', 'conll', file]);
    expect(stdout).toContain('Xi\tB-PER\nJinping\tI-PER\nvisited\tO\nKazakhstan\tB-LOC\n');
  }, 30_000);

  it('adds the top related events with --events, dated by the page', async () => {
    const { stdout, code } = await ner(['--events', '3', 'tests/fixtures/seed-putin-xi-astana.html']);
    expect(code).toBe(0);
    const line = JSON.parse(stdout) as Line & { events: Array<{ id: string; score: number; reason: string }> };
    expect(line.entities.length).toBeGreaterThan(0);
    expect(line.events).toHaveLength(3);
    expect(line.events.slice(0, 2).map((event) => event.id)).toEqual(['evt-2024-sco-summit-astana', 'evt-2024-putin-state-visit-china']);
    expect(line.events[0]?.reason).toMatch(/ · 6 tuần sau bài báo này$/);
    expect(line.events[0]!.score).toBeGreaterThan(line.events[1]!.score);
    const bad = await ner(['--events', 'many', 'tests/fixtures/seed-putin-xi-astana.html']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--events must be a positive whole number/);
  }, 30_000);

  it('reports a missing file and a bad option clearly, and still processes the other files', async () => {
    const good = join(dir, 'good.txt');
    writeFileSync(good, 'Hà Nội');
    const missing = await ner([join(dir, 'missing.txt'), good]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/missing\.txt: ENOENT/);
    expect((JSON.parse(missing.stdout) as Line).entities[0]?.id).toBe('loc:hanoi');
    const bad = await ner(['--format', 'xml', good]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--format must be jsonl or conll/);
  }, 30_000);
});
