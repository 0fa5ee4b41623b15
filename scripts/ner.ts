/**
 * Batch entity recognition for researchers:
 *   npm run --silent ner -- [--lang auto|vi|en] [--format jsonl|conll] [--events N] FILE...
 * Reads UTF-8 .txt (BOM stripped, NFC-normalised; offsets are into that text) or .html (the article text the
 * extension would use) and prints one JSON line per file, or CoNLL IOB2 with --format conll.
 * --events N adds the file's top N related events ("events": [{id, score, reason}]) to each JSON line, ranked as the
 * extension ranks them, relative to the page's publication date (an .html page's own; for .txt, today).
 */
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { parseArgs } from 'node:util';
import { Window } from 'happy-dom';
import { compileFromDisk } from '../lib/knowledge/node-sources';
import { KnowledgeBase } from '../lib/knowledge/knowledge-base';
import { recognise } from '../lib/ner/recognise';
import { toConll } from '../lib/ner/conll';
import { articleTextOf } from '../lib/page/html-article';
import { publishedDate } from '../lib/page/published-date';
import { loadEventsFromDisk } from '../lib/events/node-events';
import { countLinkedEntities, rankEvents, type RankableEvent } from '../lib/events/rank';
import { detectLanguage, languageFromTag } from '../lib/text/language';
import type { Lang } from '../lib/ner/types';

const USAGE = 'usage: npm run --silent ner -- [--lang auto|vi|en] [--format jsonl|conll] [--events N] FILE...';

function fail(message: string): never {
  process.stderr.write(`ner: ${message}\n${USAGE}\n`);
  process.exit(2);
}

const { values, positionals } = (() => {
  try {
    return parseArgs({
      allowPositionals: true,
      options: {
        lang: { type: 'string', default: 'auto' },
        format: { type: 'string', default: 'jsonl' },
        events: { type: 'string' },
      },
    });
  } catch (error) {
    return fail(error instanceof Error ? error.message : String(error));
  }
})();
const langOption = values.lang;
if (langOption !== 'auto' && langOption !== 'vi' && langOption !== 'en') fail(`--lang must be auto, vi or en, not "${langOption}"`);
if (values.format !== 'jsonl' && values.format !== 'conll') fail(`--format must be jsonl or conll, not "${values.format}"`);
if (values.events !== undefined && !/^[1-9]\d*$/.test(values.events)) fail(`--events must be a positive whole number, not "${values.events}"`);
const eventLimit = values.events === undefined ? 0 : Number(values.events);
if (eventLimit > 0 && values.format !== 'jsonl') fail('--events needs --format jsonl');
if (positionals.length === 0) fail('no input files');

interface Input {
  text: string;
  declared: Lang | null;
  published: Date | null;
}

function readInput(path: string): Input {
  const raw = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  if (extname(path).toLowerCase() === '.html' || extname(path).toLowerCase() === '.htm') {
    const window = new Window({ settings: { disableJavaScriptEvaluation: true, disableCSSFileLoading: true, disableJavaScriptFileLoading: true } });
    const doc = new window.DOMParser().parseFromString(raw, 'text/html') as unknown as Document;
    const article = articleTextOf(doc);
    const published = publishedDate(doc);
    void window.happyDOM.close();
    return { text: article.text, declared: article.lang, published };
  }
  return { text: raw.normalize('NFC'), declared: null, published: null };
}

// A reader that stops early (`| head`) is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

const kb = new KnowledgeBase(compileFromDisk());
const events: RankableEvent[] = (() => {
  if (eventLimit === 0) return [];
  try {
    return loadEventsFromDisk(new Set(kb.compiled.entities.map((entity) => entity.id)));
  } catch (error) {
    process.stderr.write(`ner: ${error instanceof Error ? error.message : String(error)}\n`);
    return process.exit(1);
  }
})();
const today = new Date();
let failures = 0;
for (const path of positionals) {
  let input: Input;
  try {
    input = readInput(path);
  } catch (error) {
    failures++;
    process.stderr.write(`ner: ${path}: ${error instanceof Error ? error.message : String(error)}\n`);
    continue;
  }
  const lang: Lang =
    langOption === 'auto' ? (input.declared ?? detectLanguage(input.text) ?? 'en') : (languageFromTag(langOption) ?? 'en');
  const mentions = recognise(kb, input.text, { lang: langOption === 'auto' && input.declared === null ? 'auto' : lang });
  if (values.format === 'conll') {
    process.stdout.write(`# file: ${path}\n# lang: ${lang}\n${toConll(input.text, mentions)}\n`);
    continue;
  }
  const entities = mentions.map((mention) => {
    const wikidata = mention.id ? kb.get(mention.id)?.wikidata : undefined;
    return { ...mention, ...(wikidata ? { wikidata } : {}) };
  });
  if (eventLimit === 0) {
    process.stdout.write(`${JSON.stringify({ file: path, lang, entities })}\n`);
    continue;
  }
  const related = rankEvents(
    events,
    { entities: countLinkedEntities(mentions), published: input.published, lang },
    { today, limit: eventLimit, names: (id) => kb.get(id)?.name },
  ).map(({ id, score, reason }) => ({ id, score: Math.round(score * 1000) / 1000, reason }));
  process.stdout.write(`${JSON.stringify({ file: path, lang, entities, events: related })}\n`);
}
process.exitCode = failures > 0 ? 1 : 0;
