import { readFileSync, readdirSync } from 'node:fs';
import { Window } from 'happy-dom';
import { compileFromDisk } from '/work/main/lib/knowledge/node-sources';
import { KnowledgeBase } from '/work/main/lib/knowledge/knowledge-base';
import { recognise } from '/work/main/lib/ner/recognise';
import { articleTextOf } from '/work/main/lib/page/html-article';
import { loadEventsFromDisk } from '/work/main/lib/events/node-events';
import { rankEvents, countLinkedEntities } from '/work/main/lib/events/rank';
const kb = new KnowledgeBase(compileFromDisk());
const events = loadEventsFromDisk(new Set(kb.compiled.entities.map((e) => e.id)));
for (const name of readdirSync('/work/main/tests/fixtures').filter((n) => n.endsWith('.html'))) {
  const raw = readFileSync(`/work/main/tests/fixtures/${name}`, 'utf8');
  const window = new Window();
  const doc = new window.DOMParser().parseFromString(raw, 'text/html') as unknown as Document;
  const art = articleTextOf(doc);
  const pub = doc.querySelector('meta[property="article:published_time"]')?.getAttribute('content');
  const published = pub ? new Date(pub) : null;
  const lang = art.lang ?? 'en';
  const ents = countLinkedEntities(recognise(kb, art.text, { lang }));
  const r = rankEvents(events, { entities: ents, published, lang }, { today: new Date(), limit: 6, names: (id) => kb.get(id)?.name });
  console.log(`\n${name} ${pub} ${ents.length} entities`);
  for (const x of r) console.log(`  ${x.score.toFixed(2).padStart(7)} ${x.id} — ${x.reason}`);
}
