/**
 * Annotations as a spreadsheet: one row per annotation, RFC 4180 CSV (CRLF line ends, fields with quotes, commas or
 * line breaks quoted, quotes doubled), for fact-checkers who sort and filter in Excel, LibreOffice or Google Sheets.
 * The JSON-LD export stays the lossless one; this flattens each annotation to the columns people read.
 */
import Papa from 'papaparse';
import type { Annotation } from '../annotations/model';

/**
 * The UTF-8 byte order mark. Excel opens a CSV file without one in the system's legacy code page, which turns
 * Vietnamese ("Hà Nội") into mojibake; with it, Excel reads UTF-8. LibreOffice, Google Sheets, Papa.parse and
 * Python's `utf-8-sig` all skip it, so `toCsv` writes it unless asked not to (`pandas.read_csv(encoding='utf-8')`
 * would keep it in the first column's name, hence the option).
 */
export const UTF8_BOM = '\uFEFF';

export const CSV_COLUMNS = [
  'created',
  'page_url',
  'title',
  'quote',
  'kind',
  'colour',
  'tags',
  'note',
  'entity_type',
  'entity_id',
  'wikidata',
  'verdict',
  'rating',
  'explanation',
  'claimant',
  'evidence',
  'modified',
  'id',
] as const;

export type CsvColumn = (typeof CSV_COLUMNS)[number];

/**
 * Cells a spreadsheet would run as a formula (OWASP "CSV Injection": = + - @ TAB CR) get a leading apostrophe.
 * Papa's own `escapeFormulae: true` uses /^[=+\-@\t\r].*$/, whose `.` stops at a line break, so a multi-line cell
 * such as "=HYPERLINK(…)\nclick" slips through; this pattern looks only at the first character.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

const WIKIDATA_IRI = /^https:\/\/www\.wikidata\.org\/entity\/Q\d+$/;

export interface CsvOptions {
  /** Start with the UTF-8 byte order mark (default true, for Excel; see UTF8_BOM). */
  bom?: boolean;
}

/** One row's cells, by column. */
export function csvRow(annotation: Annotation): Record<CsvColumn, string> {
  const { target } = annotation;
  const notes: string[] = [];
  const tags: string[] = [];
  let entityType = '';
  let kbId = '';
  let linkedSource = '';
  let wikidata = '';
  let verdict = '';
  let rating = '';
  let explanation = '';
  let claimant = '';
  let evidence = '';
  for (const body of annotation.body) {
    switch (body.purpose) {
      case 'commenting':
        notes.push(body.value);
        break;
      case 'tagging':
        tags.push(body.value);
        break;
      case 'classifying':
        entityType = body.value;
        break;
      case 'identifying':
        if (!kbId && body['newslens:kb']) kbId = body['newslens:kb'];
        if (!linkedSource) linkedSource = body.source;
        if (!wikidata && WIKIDATA_IRI.test(body.source)) wikidata = body.source;
        break;
      case 'assessing': {
        const scale = body['newslens:rating'];
        verdict = body.value;
        rating = formatRating(scale.value, scale.best, scale.worst);
        explanation = body['newslens:explanation'] ?? '';
        claimant = body['newslens:claimant'] ?? '';
        evidence = (body['newslens:evidence'] ?? []).join(' ');
        break;
      }
    }
  }
  return {
    created: annotation.created,
    page_url: target['newslens:visited'] ?? target.source,
    title: target['newslens:title'] ?? '',
    quote: target.selector[0].exact,
    kind: annotation['newslens:kind'],
    colour: annotation['newslens:colour'] ?? '',
    tags: tags.join('; '),
    note: notes.join('\n\n'),
    entity_type: entityType,
    // A knowledge-base id beats a bare IRI: it is what the engine's own output (and the CLI's) names entities by.
    entity_id: kbId || linkedSource,
    wikidata,
    verdict,
    rating,
    explanation,
    claimant,
    evidence,
    modified: annotation.modified,
    id: annotation.id,
  };
}

/**
 * "2/5" reads as "two out of five, higher is better", which is only right when the scale runs upwards from 1. Our
 * claim scales run the other way (1 is best, see annotations/compose.ts) and "Unverifiable" sits outside them as 0,
 * so those spell the ends out: "2 (best 1, worst 5)".
 */
export function formatRating(value: number, best: number, worst: number): string {
  if (worst === 1 && best > worst && value >= worst && value <= best) return `${value}/${best}`;
  return `${value} (best ${best}, worst ${worst})`;
}

/** The annotations as CSV text: a header row, then one row per annotation, every record ended by CRLF. */
export function toCsv(annotations: readonly Annotation[], options: CsvOptions = {}): string {
  const rows = annotations.map((annotation) => {
    const row = csvRow(annotation);
    return CSV_COLUMNS.map((column) => row[column]);
  });
  // The header goes in as the first row: given `{ fields, data: [] }`, Papa writes a stray empty record.
  const body = Papa.unparse([[...CSV_COLUMNS], ...rows], { newline: '\r\n', escapeFormulae: FORMULA_START });
  return `${options.bom === false ? '' : UTF8_BOM}${body}\r\n`;
}
