/**
 * Batch entity recognition for researchers:
 *   npm run --silent ner -- [--lang auto|vi|en] [--format jsonl|conll] FILE...
 * Reads UTF-8 .txt (BOM stripped, NFC-normalised; offsets are into that text) or .html (the article text the
 * extension would use) and prints one JSON line per file, or CoNLL IOB2 with --format conll.
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
import { detectLanguage, languageFromTag } from '../lib/text/language';
import type { Lang } from '../lib/ner/types';

const USAGE = 'usage: npm run --silent ner -- [--lang auto|vi|en] [--format jsonl|conll] FILE...';

function fail(message: string): never {
  process.stderr.write(`ner: ${message}\n${USAGE}\n`);
  process.exit(2);
}

const { values, positionals } = (() => {
  try {
    return parseArgs({
      allowPositionals: true,
      options: { lang: { type: 'string', default: 'auto' }, format: { type: 'string', default: 'jsonl' } },
    });
  } catch (error) {
    return fail(error instanceof Error ? error.message : String(error));
  }
})();
const langOption = values.lang;
if (langOption !== 'auto' && langOption !== 'vi' && langOption !== 'en') fail(`--lang must be auto, vi or en, not "${langOption}"`);
if (values.format !== 'jsonl' && values.format !== 'conll') fail(`--format must be jsonl or conll, not "${values.format}"`);
if (positionals.length === 0) fail('no input files');

function readInput(path: string): { text: string; declared: Lang | null } {
  const raw = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  if (extname(path).toLowerCase() === '.html' || extname(path).toLowerCase() === '.htm') {
    const window = new Window({ settings: { disableJavaScriptEvaluation: true, disableCSSFileLoading: true, disableJavaScriptFileLoading: true } });
    const doc = new window.DOMParser().parseFromString(raw, 'text/html') as unknown as Document;
    const article = articleTextOf(doc);
    void window.happyDOM.close();
    return { text: article.text, declared: article.lang };
  }
  return { text: raw.normalize('NFC'), declared: null };
}

// A reader that stops early (`| head`) is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

const kb = new KnowledgeBase(compileFromDisk());
let failures = 0;
for (const path of positionals) {
  let input: { text: string; declared: Lang | null };
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
  process.stdout.write(`${JSON.stringify({ file: path, lang, entities })}\n`);
}
process.exitCode = failures > 0 ? 1 : 0;
