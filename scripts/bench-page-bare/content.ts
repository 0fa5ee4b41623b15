/**
 * The bare content script of `npm run bench:page`: the least an extension that highlights names found by its worker
 * can cost a page. It reads the article's text with one TreeWalker pass, sends it to its worker, and registers one
 * Highlight holding a range for each capitalised word the worker returns; it carries no code beyond that. Its CPU
 * time is the platform's share of the extension's figure: a fresh isolated world, its first use of each DOM
 * interface, the extension-API binding and one message round trip, which every content script pays.
 *
 * Bundled by esbuild into a classic script; never part of the extension.
 */
import { articleRoot } from '../bench-page-floor';
import { BARE_MARKS, type BareReply, type BareRequest } from './protocol';

async function run(): Promise<void> {
  performance.mark(BARE_MARKS.start);
  const walker = document.createTreeWalker(articleRoot(document), NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  const starts: number[] = [];
  const parts: string[] = [];
  let length = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node as Text;
    nodes.push(text);
    starts.push(length);
    parts.push(text.data);
    length += text.data.length + 1;
  }
  const request: BareRequest = { text: parts.join('\n') };
  // The slice ends once the message is sent: the send (the API binding's first use, the text's serialisation) counts.
  const reply = chrome.runtime.sendMessage(request);
  performance.mark(BARE_MARKS.sliceEnd);
  const words = (await reply) as BareReply;
  performance.mark(BARE_MARKS.sliceStart);
  const highlight = new Highlight();
  let index = 0;
  for (const [start, end] of words) {
    // Words come in text order, so the node holding each one is found by walking forward.
    while (index + 1 < nodes.length && (starts[index + 1] ?? Infinity) <= start) index++;
    const node = nodes[index];
    const nodeStart = starts[index] ?? 0;
    if (!node || end - nodeStart > node.data.length) continue;
    const range = document.createRange();
    range.setStart(node, start - nodeStart);
    range.setEnd(node, end - nodeStart);
    highlight.add(range);
  }
  CSS.highlights.set('newslens-bench-bare', highlight);
  performance.mark(BARE_MARKS.done);
  performance.mark(BARE_MARKS.sliceEnd);
}

void run();
