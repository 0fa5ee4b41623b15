/**
 * `npm run eval`: runs the engine over our own gold set (tests/gold) and prints precision, recall and F1 per type,
 * typed (four types, EVENT counted as MISC), untyped, and linking accuracy — per language and overall.
 * `--errors` also lists every missed and spurious span.
 */
import { compileFromDisk } from '../lib/knowledge/node-sources';
import { KnowledgeBase } from '../lib/knowledge/knowledge-base';
import { recognise } from '../lib/ner/recognise';
import { emptyReport, scoreDocument, scores, type Counts, type Report } from '../lib/eval/score';
import { loadGold } from '../tests/gold/check.mjs';

const showErrors = process.argv.includes('--errors');
const kb = new KnowledgeBase(compileFromDisk());
const reports = new Map<string, Report>([['all', emptyReport()]]);

for (const document of loadGold()) {
  const lang = document.lang === 'en' ? 'en' : 'vi';
  const predicted = recognise(kb, document.text, { lang });
  const group = document.lang === 'seeds' ? 'seeds' : lang;
  if (!reports.has(group)) reports.set(group, emptyReport());
  for (const key of [group, 'all']) {
    const report = reports.get(key);
    if (report) scoreDocument(report, document.spans, predicted);
  }
  if (showErrors) {
    const goldKeys = new Set(document.spans.map((span) => `${span.start}:${span.end}:${span.type === 'EVENT' ? 'MISC' : span.type}`));
    const predictedKeys = new Set(predicted.map((span) => `${span.start}:${span.end}:${span.type === 'EVENT' ? 'MISC' : span.type}`));
    for (const span of document.spans) {
      if (!predictedKeys.has(`${span.start}:${span.end}:${span.type === 'EVENT' ? 'MISC' : span.type}`)) console.log(`${document.name}\tMISSED\t${span.type}\t${span.text}`);
    }
    for (const span of predicted) {
      if (!goldKeys.has(`${span.start}:${span.end}:${span.type === 'EVENT' ? 'MISC' : span.type}`)) console.log(`${document.name}\tSPURIOUS\t${span.type}\t${span.text}`);
    }
  }
}

const percent = (value: number): string => (value * 100).toFixed(1).padStart(6);
const row = (label: string, counts: Counts): string => {
  const { precision, recall, f1 } = scores(counts);
  return `${label.padEnd(10)}${percent(precision)}${percent(recall)}${percent(f1)}${String(counts.gold).padStart(7)}`;
};

for (const [group, report] of reports) {
  console.log(`\n== ${group} ==`);
  console.log(`${''.padEnd(10)}${'P'.padStart(6)}${'R'.padStart(6)}${'F1'.padStart(6)}${'gold'.padStart(7)}`);
  for (const type of ['PER', 'ORG', 'LOC', 'MISC']) {
    const counts = report.perType[type];
    if (counts) console.log(row(type, counts));
  }
  console.log(row('typed', report.typed));
  console.log(row('untyped', report.untyped));
  const accuracy = report.linkable === 0 ? 0 : report.linkedCorrectly / report.linkable;
  console.log(`linking accuracy ${percent(accuracy)} % of ${report.linkable} linkable gold spans found`);
}
