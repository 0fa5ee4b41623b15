import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { CSV_COLUMNS, UTF8_BOM, formatRating, toCsv } from '@/lib/export/csv';
import { composeAnnotation } from '@/lib/annotations/compose';
import { DEFAULT_SETTINGS } from '@/lib/settings/settings';
import type { Annotation } from '@/lib/annotations/model';
import { highlight } from '../../support/annotations';

const PAGE = 'https://news.example/a';

/** Parses CSV text back into rows of cells keyed by header, the way a reader of the export would. */
function parse(csv: string): Array<Record<string, string>> {
  const result = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
  expect(result.errors).toEqual([]);
  return result.data;
}

/** A note built by hand, not through the editor, whose trimming would hide the tab- and CR-led attacks. */
function note(exact: string, text: string, tags: readonly string[] = []): Annotation {
  return highlight(PAGE, exact, {
    id: 'urn:uuid:00000000-0000-4000-8000-0000000000a1',
    created: '2026-11-23T10:00:00.000Z',
    motivation: 'commenting',
    'newslens:kind': 'note',
    body: [
      ...(text ? [{ type: 'TextualBody', purpose: 'commenting', value: text, format: 'text/plain' } as const] : []),
      ...tags.map((value) => ({ type: 'TextualBody', purpose: 'tagging', value }) as const),
    ],
  });
}

describe('CSV export', () => {
  it('starts with the UTF-8 BOM and the header, ends every record with CRLF', () => {
    const csv = toCsv([highlight(PAGE, 'Hà Nội'), highlight(PAGE, 'Astana')]);
    expect(csv.startsWith(`${UTF8_BOM}created,page_url,title,quote,kind,colour,tags,note,`)).toBe(true);
    const records = csv.slice(1).split('\r\n');
    expect(records).toHaveLength(4); // header, two rows, and the empty string after the last CRLF
    expect(records[0]).toBe(CSV_COLUMNS.join(','));
    expect(records[3]).toBe('');
    expect(csv.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
    expect(toCsv([], { bom: false })).toBe(`${CSV_COLUMNS.join(',')}\r\n`);
  });

  it('round-trips Vietnamese text with commas, quotes and line breaks', () => {
    const quote = 'Ông Nguyễn Văn A nói: "Giá xăng, điện sẽ tăng"';
    const text = 'Dòng một, có dấu phẩy\r\nDòng hai "trích dẫn"\nDòng ba';
    const annotation = note(quote, text, ['kinh tế', 'năng lượng']);
    annotation.target['newslens:title'] = 'Tin "nóng", hôm nay';
    const csv = toCsv([annotation]);
    expect(csv).toContain('"Ông Nguyễn Văn A nói: ""Giá xăng, điện sẽ tăng"""');
    const [row] = parse(csv);
    expect(row).toMatchObject({
      page_url: PAGE,
      title: 'Tin "nóng", hôm nay',
      quote,
      note: text,
      kind: 'note',
      colour: 'yellow',
      tags: 'kinh tế; năng lượng',
      created: '2026-11-23T10:00:00.000Z',
      id: 'urn:uuid:00000000-0000-4000-8000-0000000000a1',
    });
  });

  it('neutralises cells a spreadsheet would run as formulas, and leaves the rest alone', () => {
    const attacks = ['=HYPERLINK("https://evil.example","bấm vào")', '+1', '-1', '@SUM(A1:A2)', '\t=1+1', '\r=1+1', '=1+1\nthêm dòng'];
    const rows = parse(toCsv(attacks.map((text) => note('trích', text))));
    expect(rows.map((row) => row.note)).toEqual(attacks.map((text) => `'${text}`));
    const [ordinary] = parse(toCsv([note('nhiệt độ -1 độ', 'Hà Nội -1°C, a=b, +5 và @tên giữa câu')]));
    expect(ordinary?.quote).toBe('nhiệt độ -1 độ');
    expect(ordinary?.note).toBe('Hà Nội -1°C, a=b, +5 và @tên giữa câu');
  });

  it('neutralises formula-led tags too', () => {
    const [row] = parse(toCsv([note('trích', '', ['=cmd', 'ok'])]));
    expect(row?.tags).toBe("'=cmd; ok");
  });

  it('writes a claim\'s verdict, rating, claimant, explanation and evidence', () => {
    const target = { ...highlight(PAGE, 'SCO được thành lập vào năm 2001').target, 'newslens:visited': `${PAGE}?utm=x` };
    const claim = composeAnnotation(
      {
        kind: 'claim',
        scale: DEFAULT_SETTINGS.ratingScale,
        verdict: DEFAULT_SETTINGS.ratingScale[1] ?? '',
        explanation: 'Theo hiến chương, năm 2001.',
        evidence: 'https://sco.example/charter https://sco.example/history',
        claimant: 'Báo Mẫu',
        tags: 'sco',
      },
      target,
      'urn:uuid:00000000-0000-4000-8000-0000000000c1',
      new Date('2026-11-23T10:00:00Z'),
    );
    const [row] = parse(toCsv([claim]));
    expect(row).toMatchObject({
      page_url: `${PAGE}?utm=x`,
      kind: 'claim',
      verdict: DEFAULT_SETTINGS.ratingScale[1],
      rating: `2 (best 1, worst ${DEFAULT_SETTINGS.ratingScale.length})`,
      claimant: 'Báo Mẫu',
      explanation: 'Theo hiến chương, năm 2001.',
      evidence: 'https://sco.example/charter https://sco.example/history',
      tags: 'sco',
      entity_type: '',
    });
  });

  it('writes an entity correction\'s type, knowledge-base id and Wikidata IRI', () => {
    const correction = composeAnnotation(
      { kind: 'entity', entityType: 'PER', entityId: 'per:xi-jinping', tags: '' },
      highlight(PAGE, 'Tập Cận Bình').target,
      'urn:uuid:00000000-0000-4000-8000-0000000000e1',
      new Date('2026-11-23T10:00:00Z'),
    );
    correction.body.push({ type: 'SpecificResource', purpose: 'identifying', source: 'https://www.wikidata.org/entity/Q15031' });
    const wikidataOnly = composeAnnotation(
      { kind: 'entity', entityType: 'LOC', entityId: '', tags: '' },
      highlight(PAGE, 'Astana').target,
      'urn:uuid:00000000-0000-4000-8000-0000000000e2',
      new Date('2026-11-23T10:00:00Z'),
    );
    wikidataOnly.body.push({ type: 'SpecificResource', purpose: 'identifying', source: 'https://www.wikidata.org/entity/Q1520' });
    const [first, second] = parse(toCsv([correction, wikidataOnly]));
    expect(first).toMatchObject({ entity_type: 'PER', entity_id: 'per:xi-jinping', wikidata: 'https://www.wikidata.org/entity/Q15031', colour: 'blue' });
    expect(second).toMatchObject({ entity_type: 'LOC', entity_id: 'https://www.wikidata.org/entity/Q1520', wikidata: 'https://www.wikidata.org/entity/Q1520' });
  });

  it('spells out rating scales that do not run upwards from 1', () => {
    expect(formatRating(2, 5, 1)).toBe('2/5');
    expect(formatRating(2, 1, 5)).toBe('2 (best 1, worst 5)');
    expect(formatRating(0, 1, 5)).toBe('0 (best 1, worst 5)');
  });
});
