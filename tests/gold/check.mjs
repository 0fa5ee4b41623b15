#!/usr/bin/env node
// Gold-set checker and parser. Dependency-free (Node >= 20).
//
//   node tests/gold/check.mjs            parse every gold file, print counts, exit 1 on any error
//   node tests/gold/check.mjs --ids      also list every knowledge-base id used (and how often)
//   node tests/gold/check.mjs --kb       also list ids missing from lib/knowledge/sources/*.json
//   node tests/gold/check.mjs --selftest run the parser against known-bad and known-good snippets only
//
// Markup (see GUIDE.md): `[surface]{TYPE}` or `[surface]{TYPE id}`; no nesting, no literal "[".
// Offsets in the parse result are UTF-16 code-unit offsets into the plain text (JavaScript string indices).

import { readFileSync, readdirSync, existsSync, statSync } from 'node:fs';
import { join, dirname, relative, basename } from 'node:path';
import { fileURLToPath } from 'node:url';

export const TYPES = Object.freeze(['PER', 'ORG', 'LOC', 'EVENT', 'MISC']);

/** Id prefix expected for each type. */
export const ID_PREFIX = Object.freeze({ PER: 'per', ORG: 'org', LOC: 'loc', EVENT: 'evt', MISC: 'misc' });

const ID_RE = /^(per|org|loc|evt|misc):[a-z0-9]+(?:-[a-z0-9]+)*$/;

export class GoldSyntaxError extends Error {
  constructor(message, offset, markup) {
    const before = markup.slice(0, offset);
    const line = before.split('\n').length;
    const col = offset - before.lastIndexOf('\n');
    const ctx = markup.slice(Math.max(0, offset - 30), offset + 30).replace(/\n/g, '⏎');
    super(`${message} (line ${line}, col ${col}, near «${ctx}»)`);
    this.name = 'GoldSyntaxError';
    this.offset = offset;
    this.line = line;
    this.column = col;
  }
}

/**
 * Parse gold markup.
 * @param {string} markup
 * @returns {{ text: string, spans: Array<{start:number, end:number, type:string, id:string|null, text:string}> }}
 * @throws {GoldSyntaxError} on malformed markup
 */
export function parseGold(markup) {
  if (typeof markup !== 'string') throw new TypeError('parseGold expects a string');
  if (markup.normalize('NFC') !== markup) {
    // find first offending offset for a useful message
    let i = 0;
    while (i < markup.length && markup[i].normalize('NFC') === markup[i]) i++;
    throw new GoldSyntaxError('text is not in Unicode NFC', i, markup);
  }
  const spans = [];
  let text = '';
  let i = 0;
  const n = markup.length;
  while (i < n) {
    const ch = markup[i];
    if (ch === '[') {
      const open = i;
      const close = markup.indexOf(']', i + 1);
      if (close < 0) throw new GoldSyntaxError('unclosed "["', open, markup);
      const surface = markup.slice(i + 1, close);
      if (surface.includes('[')) throw new GoldSyntaxError('nested or stray "[" inside a span', open + 1 + surface.indexOf('['), markup);
      if (surface.includes('\n')) throw new GoldSyntaxError('span crosses a line break', open, markup);
      if (surface.includes('{') || surface.includes('}')) throw new GoldSyntaxError('brace inside a span', open, markup);
      if (surface.length === 0) throw new GoldSyntaxError('empty span', open, markup);
      if (surface.trim().length === 0) throw new GoldSyntaxError('span is only whitespace', open, markup);
      if (/^\s/.test(surface) || /\s$/.test(surface)) throw new GoldSyntaxError('span has leading or trailing whitespace', open, markup);
      if (markup[close + 1] !== '{') throw new GoldSyntaxError('"]" not followed by "{TYPE}"', close, markup);
      const braceEnd = markup.indexOf('}', close + 2);
      if (braceEnd < 0) throw new GoldSyntaxError('unclosed "{"', close + 1, markup);
      const label = markup.slice(close + 2, braceEnd);
      if (/[\n\[\]{]/.test(label)) throw new GoldSyntaxError('malformed label', close + 1, markup);
      const parts = label.split(' ');
      if (parts.length < 1 || parts.length > 2 || parts.some((p) => p === '')) {
        throw new GoldSyntaxError(`malformed label {${label}} (want {TYPE} or {TYPE id}, single spaces)`, close + 1, markup);
      }
      const [type, id = null] = parts;
      if (!TYPES.includes(type)) throw new GoldSyntaxError(`unknown type "${type}"`, close + 2, markup);
      if (id !== null) {
        if (!ID_RE.test(id)) throw new GoldSyntaxError(`malformed id "${id}"`, close + 2, markup);
        const prefix = id.slice(0, id.indexOf(':'));
        if (prefix !== ID_PREFIX[type]) throw new GoldSyntaxError(`id "${id}" does not fit type ${type} (want ${ID_PREFIX[type]}:…)`, close + 2, markup);
      }
      const start = text.length;
      text += surface;
      spans.push({ start, end: text.length, type, id, text: surface });
      i = braceEnd + 1;
      continue;
    }
    if (ch === ']') throw new GoldSyntaxError('stray "]"', i, markup);
    if (ch === '{' && i > 0 && markup[i - 1] === ']') throw new GoldSyntaxError('stray "{" after "]"', i, markup);
    text += ch;
    i++;
  }
  return { text, spans };
}

// ---------------------------------------------------------------------------------------------------------------
// CLI

const HERE = dirname(fileURLToPath(import.meta.url));

/** All gold files: { lang, path } for vi/, en/, seeds/. */
export function listGoldFiles(root = HERE) {
  const out = [];
  for (const lang of ['vi', 'en', 'seeds']) {
    const dir = join(root, lang);
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir).sort()) {
      if (!f.endsWith('.txt')) continue;
      const p = join(dir, f);
      if (statSync(p).isFile()) out.push({ lang, path: p });
    }
  }
  return out;
}

/** Load and parse every gold file. Returns [{ lang, path, name, section, text, spans }]. */
export function loadGold(root = HERE) {
  return listGoldFiles(root).map(({ lang, path }) => {
    const name = basename(path, '.txt');
    const m = /^\d{3}-(.+)$/.exec(name);
    const { text, spans } = parseGold(readFileSync(path, 'utf8'));
    return { lang, path, name, section: m ? m[1] : 'seed', text, spans };
  });
}

function loadKbIds() {
  const dir = join(HERE, '..', '..', 'lib', 'knowledge', 'sources');
  const ids = new Set();
  const problems = [];
  if (!existsSync(dir)) return { ids, problems: ['no lib/knowledge/sources folder'] };
  for (const f of readdirSync(dir)) {
    if (!f.endsWith('.json')) continue;
    try {
      const data = JSON.parse(readFileSync(join(dir, f), 'utf8'));
      const arr = Array.isArray(data) ? data : Array.isArray(data.entries) ? data.entries : [];
      for (const e of arr) if (e && typeof e.id === 'string') ids.add(e.id);
    } catch (err) {
      problems.push(`${f}: ${err.message}`);
    }
  }
  return { ids, problems };
}

function wordCount(text) {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

export function selfTest() {
  const bad = ['[abc', 'abc]', '[abc]', '[abc]{FOO}', '[]{PER}', '[ abc]{PER}', '[abc ]{PER}', '[a[b]{PER}', '[abc]{PER',
    '[abc]{PER  x}', '[abc]{PER loc:ru}', '[abc]{PER per:Bad}', 'a\n[b\nc]{PER}', '[abc]{}', '[a]{PER x y}', 'e\u0301'];
  let fails = 0;
  for (const b of bad) {
    try { parseGold(b); console.error(`selftest: not rejected: ${JSON.stringify(b)}`); fails++; } catch (e) { if (!(e instanceof GoldSyntaxError)) { console.error(`selftest: wrong error for ${JSON.stringify(b)}: ${e}`); fails++; } }
  }
  const r = parseGold('Ông [Tập Cận Bình]{PER per:xi-jinping} gặp [𝒳]{MISC} ở [Nga]{LOC loc:ru}.');
  const want = JSON.stringify({ text: 'Ông Tập Cận Bình gặp 𝒳 ở Nga.', spans: [
    { start: 4, end: 16, type: 'PER', id: 'per:xi-jinping', text: 'Tập Cận Bình' },
    { start: 21, end: 23, type: 'MISC', id: null, text: '𝒳' },
    { start: 26, end: 29, type: 'LOC', id: 'loc:ru', text: 'Nga' }] });
  if (JSON.stringify(r) !== want) { console.error(`selftest: bad parse ${JSON.stringify(r)}`); fails++; }
  return fails;
}

function main(argv) {
  if (argv.includes('--selftest')) {
    const f = selfTest();
    console.log(f ? `selftest FAILED (${f})` : 'selftest OK');
    process.exit(f ? 1 : 0);
  }
  if (selfTest() > 0) { console.error('FAILED: parser self-test'); process.exit(1); }
  const showIds = argv.includes('--ids');
  const showKb = argv.includes('--kb');
  const files = listGoldFiles();
  let errors = 0;
  const warnings = [];
  const byLang = {};
  const bySection = {};
  const idCount = new Map();
  let totalSpans = 0;

  for (const { lang, path } of files) {
    const rel = relative(HERE, path);
    const name = basename(path, '.txt');
    let parsed;
    try {
      const raw = readFileSync(path, 'utf8');
      if (raw.charCodeAt(0) === 0xfeff) throw new Error('file starts with a byte-order mark');
      if (raw.includes('\r')) throw new Error('file contains carriage returns (use LF)');
      parsed = parseGold(raw);
    } catch (err) {
      console.error(`ERROR ${rel}: ${err.message}`);
      errors++;
      continue;
    }
    const { text, spans } = parsed;
    if (lang !== 'seeds' && !/^\d{3}-[a-z0-9-]+$/.test(name)) {
      console.error(`ERROR ${rel}: file name should be NNN-<section>.txt`);
      errors++;
    }
    if (spans.length === 0) {
      console.error(`ERROR ${rel}: no entities`);
      errors++;
    }
    // sanity: offsets reproduce surfaces
    for (const s of spans) {
      if (text.slice(s.start, s.end) !== s.text) {
        console.error(`ERROR ${rel}: offset mismatch for «${s.text}»`);
        errors++;
      }
    }
    // seeds must reproduce the shared seed text exactly
    if (lang === 'seeds') {
      const seedDir = join(HERE, '..', '..', '..', 'shared', 'seeds');
      if (existsSync(seedDir)) {
        const orig = readdirSync(seedDir).find((f) => f.startsWith(name + '_'));
        if (orig) {
          let o = readFileSync(join(seedDir, orig), 'utf8');
          o = o.replace(/^\s*date \d{4}-\d{2} /, '');
          if (o !== text) {
            let k = 0;
            while (k < o.length && o[k] === text[k]) k++;
            console.error(`ERROR ${rel}: text differs from shared seed ${orig} at offset ${k}: «${o.slice(k, k + 30)}» vs «${text.slice(k, k + 30)}»`);
            errors++;
          }
        }
      }
      for (const s of spans) if (!s.id && ['PER', 'ORG', 'LOC'].includes(s.type)) warnings.push(`${rel}: seed entity without link «${s.text}»{${s.type}}`);
    } else {
      const wc = wordCount(text);
      if (wc < 80 || wc > 200) warnings.push(`${rel}: ${wc} words (guide asks 80–200)`);
    }
    const L = (byLang[lang] ??= { files: 0, spans: 0, linked: 0, words: 0, types: Object.fromEntries(TYPES.map((t) => [t, 0])) });
    L.files++;
    L.spans += spans.length;
    L.words += wordCount(text);
    const sec = `${lang}/${lang === 'seeds' ? 'seed' : name.replace(/^\d{3}-/, '')}`;
    bySection[sec] = (bySection[sec] ?? 0) + 1;
    for (const s of spans) {
      L.types[s.type]++;
      if (s.id) {
        L.linked++;
        idCount.set(s.id, (idCount.get(s.id) ?? 0) + 1);
      }
    }
    totalSpans += spans.length;
  }

  const pad = (s, w) => String(s).padStart(w);
  console.log('lang    files  words  spans linked   ' + TYPES.map((t) => t.padStart(6)).join(' '));
  const tot = { files: 0, words: 0, spans: 0, linked: 0, types: Object.fromEntries(TYPES.map((t) => [t, 0])) };
  for (const [lang, L] of Object.entries(byLang)) {
    console.log(`${lang.padEnd(6)} ${pad(L.files, 6)} ${pad(L.words, 6)} ${pad(L.spans, 6)} ${pad(L.linked, 6)}   ` + TYPES.map((t) => pad(L.types[t], 6)).join(' '));
    tot.files += L.files; tot.words += L.words; tot.spans += L.spans; tot.linked += L.linked;
    for (const t of TYPES) tot.types[t] += L.types[t];
  }
  console.log(`${'total'.padEnd(6)} ${pad(tot.files, 6)} ${pad(tot.words, 6)} ${pad(tot.spans, 6)} ${pad(tot.linked, 6)}   ` + TYPES.map((t) => pad(tot.types[t], 6)).join(' '));
  console.log('\nsections: ' + Object.entries(bySection).map(([k, v]) => `${k} ${v}`).join(', '));
  console.log(`distinct ids: ${idCount.size}`);

  if (showIds) {
    console.log('\nids used:');
    for (const [id, c] of [...idCount].sort((a, b) => a[0].localeCompare(b[0]))) console.log(`  ${id} ${c}`);
  }
  if (showKb) {
    const { ids, problems } = loadKbIds();
    for (const p of problems) console.log(`kb warning: ${p}`);
    const missing = [...idCount.keys()].filter((id) => !ids.has(id)).sort();
    console.log(`\nknowledge base: ${ids.size} ids; ${missing.length} gold ids missing:`);
    for (const id of missing) console.log(`  ${id} (${idCount.get(id)}×)`);
  }
  if (warnings.length) {
    console.log(`\n${warnings.length} warning(s):`);
    for (const w of warnings) console.log('  ' + w);
  }
  if (errors) {
    console.error(`\nFAILED: ${errors} error(s) in ${files.length} files`);
    process.exit(1);
  }
  console.log(`\nOK: ${files.length} files, ${totalSpans} entities`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main(process.argv.slice(2));
