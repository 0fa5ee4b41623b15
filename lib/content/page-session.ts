/**
 * One page's entity highlighting from first scan to teardown: reads the article text in slices, has the background
 * find the entities, turns them into ranges and marks, follows the page as paragraphs come and go, and reports what
 * it shows. DOM access goes through `deps.doc`, extension messaging through `deps.analyse`/`deps.report`, so the
 * whole flow runs under happy-dom in unit tests.
 */
import type { Lang, Mention } from '../ner/types';
import type { ReportedMention } from '../messaging/protocol';
import type { MentionMarks } from '../render/highlighter';
import { collectText, collectTextSliced, isBlock, isSkipped, rangeFor, type TextMap } from '../page/text-map';
import type { TaskClock } from './task-clock';
import { feedContainers, storiesArrived } from '../page/feed-stories';
import { PageMentions, type PageMention } from './page-mentions';

/** The most text sent in one analysis request: big enough to be rare, small enough to highlight progressively. */
const PART_LENGTH = 200_000;
/** Past this many changed paragraphs in one batch, reading the article again is cheaper than patching it. */
const RESCAN_THRESHOLD = 60;
/** Ranges built between two budget checks. */
const RANGE_BATCH = 64;
/**
 * What sending costs the main thread per character: the browser serialises the text inside the send call, at some
 * 25–40 ns a character of Vietnamese on a 2-core machine (5–8 ms for a 200,000-character part), and it cannot be
 * cut short. An estimate on the high side keeps a send from running a nearly used slice far past its budget.
 */
const SEND_MS_PER_CHAR = 40e-6;

export interface PageSessionDeps {
  doc: Document;
  analyse(text: string, lang: Lang | null): Promise<{ lang: Lang; mentions: Mention[] }>;
  report(lang: Lang, mentions: ReportedMention[]): void;
  marks: MentionMarks;
  /** True when the marks change the DOM (the wrapper fallback): the observer must not see our own edits. */
  marksEditDom: boolean;
  clock: TaskClock;
  signal: AbortSignal;
  /** Idle scheduling for mutation batches (requestIdleCallback where it exists). */
  whenIdle(callback: () => void): void;
}

/** Splits a text into parts of at most `limit` characters, at line breaks where possible. */
export function splitText(text: string, limit: number): Array<{ start: number; text: string }> {
  const parts: Array<{ start: number; text: string }> = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + limit);
    if (end < text.length) {
      const lineBreak = text.lastIndexOf('\n', end);
      if (lineBreak > start) end = lineBreak + 1;
    }
    parts.push({ start, text: text.slice(start, end) });
    start = end;
  }
  return parts;
}

export class PageSession {
  readonly mentions: PageMentions;
  /** What is read, in document order: the article's body, after its headline and standfirst when they sit outside it. */
  private currentRegion: readonly Element[] = [];
  /** The same parts by story: one, or on an endless feed each story read, in the order they came. */
  private currentStories: ReadonlyArray<readonly Element[]> = [];
  private lang: Lang;
  private observer: MutationObserver | null = null;
  private pending: MutationRecord[] = [];
  private idleScheduled = false;
  private reportScheduled = false;
  /** Bumped by every full scan, so late replies of an older scan are dropped. */
  private generation = 0;

  constructor(
    private readonly deps: PageSessionDeps,
    private readonly declaredLang: Lang | null,
  ) {
    this.mentions = new PageMentions(deps.marks);
    this.lang = declaredLang ?? 'en';
    deps.signal.addEventListener('abort', () => this.stop(), { once: true });
  }

  /**
   * Reads `region` from scratch and watches it; resolves with the number of highlighted mentions. A region read again
   * (a rescan of a feed's stories) keeps its stories; any other is one story. `shown` is called once every highlight
   * is registered, before the region is watched.
   */
  async scan(region: readonly Element[], shown?: () => void): Promise<number> {
    const generation = ++this.generation;
    if (region !== this.currentRegion) this.currentStories = [region];
    this.currentRegion = region;
    this.editDom(() => this.mentions.clear());
    const { clock } = this.deps;
    clock.resume();
    const map = await collectTextSliced(region, clock.overBudget, clock.yieldToPage);
    await this.analyseInto(map, generation);
    clock.pause();
    if (generation !== this.generation || this.deps.signal.aborted) return this.mentions.size;
    shown?.();
    // Watching is work on the page's main thread like the rest (the observer's first use costs a few tenths of a
    // millisecond): timed in a slice of its own, after the highlights, in the same task, so no change slips between.
    clock.resume();
    this.watch(region);
    this.scheduleReport();
    clock.pause();
    return this.mentions.size;
  }

  /** The parts being read and watched; empty before the first scan and after `stop`. */
  get region(): readonly Element[] {
    return this.currentRegion;
  }

  /** The region's parts by story, in document order; empty before the first scan and after `stop`. */
  get stories(): ReadonlyArray<readonly Element[]> {
    return this.currentStories;
  }

  stop(): void {
    this.generation++;
    this.currentRegion = [];
    this.currentStories = [];
    this.observer?.disconnect();
    this.observer = null;
    this.pending = [];
    this.editDom(() => this.mentions.clear());
  }

  private async analyseInto(map: TextMap, generation: number): Promise<void> {
    const { clock } = this.deps;
    for (const part of splitText(map.text, PART_LENGTH)) {
      if (part.text.trim().length === 0) continue;
      // Sending is part of the slice, waiting for the answer is not. A long part gets a slice of its own unless this
      // one has room for it: after the text walk or the last part's highlights, it seldom has.
      if (clock.overBudget(part.text.length * SEND_MS_PER_CHAR)) {
        await clock.yieldToPage();
        if (generation !== this.generation || this.deps.signal.aborted) return;
      }
      const replied = this.deps.analyse(part.text, this.declaredLang);
      clock.pause();
      const reply = await replied;
      clock.resume();
      if (generation !== this.generation || this.deps.signal.aborted) return;
      this.lang = reply.lang;
      if (this.deps.marksEditDom) await this.wrapInto(map, part.start, reply.mentions, generation);
      else await this.highlightInto(map, part.start, reply.mentions, generation);
    }
  }

  /**
   * Highlights leave the DOM alone, so each mention's range is made and shown in one pass, in the engine's (document)
   * order, without an intermediate list: on a 30,000-word page this is the per-mention work of 3,600 names.
   */
  private async highlightInto(map: TextMap, offset: number, mentions: readonly Mention[], generation: number): Promise<void> {
    const { clock, doc } = this.deps;
    let done = 0;
    for (const mention of mentions) {
      const range = rangeFor(map, offset + mention.start, offset + mention.end, doc);
      if (range) this.mentions.add({ range, type: mention.type, id: mention.id, text: mention.text });
      if (++done % RANGE_BATCH === 0 && clock.overBudget()) {
        await clock.yieldToPage();
        if (generation !== this.generation || this.deps.signal.aborted) return;
      }
    }
  }

  /**
   * Wrapper marks split text nodes: all ranges first, marks after, last mention first, since a split at a later
   * offset leaves every earlier offset in that node valid (engines that do not update live ranges included).
   */
  private async wrapInto(map: TextMap, offset: number, mentions: readonly Mention[], generation: number): Promise<void> {
    const { clock, doc } = this.deps;
    const ranges: Array<[Range, Mention]> = [];
    for (const mention of mentions) {
      const range = rangeFor(map, offset + mention.start, offset + mention.end, doc);
      if (range) ranges.push([range, mention]);
      if (ranges.length % RANGE_BATCH === 0 && clock.overBudget()) await clock.yieldToPage();
    }
    for (let end = ranges.length; end > 0; end -= RANGE_BATCH) {
      if (generation !== this.generation || this.deps.signal.aborted) return;
      this.editDom(() => {
        for (let i = end - 1; i >= Math.max(0, end - RANGE_BATCH); i--) {
          const [range, mention] = ranges[i] ?? [];
          if (range && mention) this.mentions.add({ range, type: mention.type, id: mention.id, text: mention.text });
        }
      });
      if (clock.overBudget()) await clock.yieldToPage();
    }
  }

  /**
   * The badge and the popup can wait for an idle moment; the highlights cannot. One report covers every change
   * since the last, and it is timed like every other slice of work.
   */
  private scheduleReport(): void {
    if (this.reportScheduled) return;
    this.reportScheduled = true;
    this.deps.whenIdle(() => {
      this.reportScheduled = false;
      if (this.deps.signal.aborted) return;
      this.deps.clock.resume();
      this.sendReport();
      this.deps.clock.pause();
    });
  }

  /** Runs our own DOM edits (wrapper fallback only) without the observer taking them for the page's. */
  private editDom(edit: () => void): void {
    if (!this.deps.marksEditDom || !this.observer) {
      edit();
      return;
    }
    this.pending.push(...this.observer.takeRecords());
    this.observer.disconnect();
    edit();
    this.observe(this.observer, this.currentRegion);
  }

  private watch(region: readonly Element[]): void {
    this.observer?.disconnect();
    const View = this.deps.doc.defaultView?.MutationObserver;
    if (!View) return;
    this.observer = new View((records) => {
      this.pending.push(...records);
      if (this.idleScheduled) return;
      this.idleScheduled = true;
      // One observer, records batched and handled when the page is idle: never on the page's own critical path.
      this.deps.whenIdle(() => {
        this.idleScheduled = false;
        void this.applyChanges();
      });
    });
    this.observe(this.observer, region);
  }

  /** The region's parts, whole, and the elements a feed would insert its next story into, their children only. */
  private observe(observer: MutationObserver, region: readonly Element[]): void {
    for (const part of region) observer.observe(part, OBSERVED);
    for (const container of feedContainers(region)) observer.observe(container, FEED_CONTAINER);
  }

  /**
   * Takes the page's changes in now rather than at the next idle moment: the region then includes the stories a feed
   * has just inserted (they are read in the background), before the page is looked at again.
   */
  catchUp(): void {
    if (this.observer) this.pending.push(...this.observer.takeRecords());
    if (this.pending.length > 0) void this.applyChanges();
  }

  private async applyChanges(): Promise<void> {
    const records = this.pending;
    this.pending = [];
    if (records.length === 0 || this.deps.signal.aborted) return;
    const before = this.currentRegion;
    const arrived = this.feedChanges(records, before);
    const region = this.currentRegion;
    const blocks = new Set<Element>();
    for (const record of records) {
      // The feed's containers were dealt with above: the rest are changes inside the region.
      if (!holds(before, record.target)) continue;
      if (record.type === 'characterData') {
        const block = this.blockOf(record.target);
        if (block) blocks.add(block);
      }
      for (const node of record.addedNodes) {
        const block = this.blockOf(node);
        if (block) blocks.add(block);
      }
    }
    if (region.some((part) => blocks.has(part)) || blocks.size > RESCAN_THRESHOLD) {
      await this.scan(region);
      return;
    }
    const changed = [...blocks].filter((block) => block.isConnected && ![...blocks].some((other) => other !== block && other.contains(block)));
    const generation = this.generation;
    const { clock } = this.deps;
    clock.resume();
    let removed = 0;
    this.editDom(() => {
      // Gone from the page, or about to be read again. A live range whose text the page removed is moved to where the
      // text was, collapsed (a name is never empty); a static one is left on the detached node.
      removed = this.mentions.removeWhere(
        ({ range }) => range.collapsed || !range.startContainer.isConnected || changed.some((block) => block.contains(range.startContainer)),
      );
    });
    for (const block of [...changed, ...arrived]) {
      await this.analyseInto(collectText(block), generation);
      if (generation !== this.generation) return;
    }
    clock.pause();
    // Only a change to what is read is reported: an element the page (or the extension's own toolbar) inserts beside
    // the story, or a paragraph without names it removes, tells the badge, the popup and the annotations nothing.
    if (removed > 0 || changed.length > 0 || arrived.length > 0 || this.currentRegion !== before) this.scheduleReport();
  }

  /**
   * Follows a feed around the region: the next stories inserted beside it join the region (they are returned, to be
   * read), and the parts the page took away leave it, so that a feed that unloads stories far above the reader
   * leaves neither highlights nor watched elements behind.
   */
  private feedChanges(records: readonly MutationRecord[], before: readonly Element[]): Element[][] {
    const kept = before.filter((part) => part.isConnected);
    const replaced = before.length > 0 && kept.length === 0;
    const arrived: Element[][] = [];
    for (const record of records) {
      if (holds(before, record.target)) continue;
      for (const node of record.addedNodes) arrived.push(...storiesArrived(node, [...kept, ...arrived.flat()], replaced));
    }
    if (arrived.length === 0 && kept.length === before.length) return [];
    this.currentRegion = [...kept, ...arrived.flat()];
    const keptStories = this.currentStories.map((story) => story.filter((part) => part.isConnected)).filter((story) => story.length > 0);
    this.currentStories = [...keptStories, ...arrived];
    if (this.observer) this.observe(this.observer, this.currentRegion);
    return arrived;
  }

  /** The paragraph-level element holding a changed node, or the part of the region itself; null for nodes we do not read. */
  private blockOf(node: Node): Element | null {
    const changed = node.nodeType === 1 ? (node as Element) : node.parentElement;
    const root = changed && this.currentRegion.find((part) => part.contains(changed));
    if (!changed || !root) return null;
    let element: Element | null = changed;
    for (let walker: Element | null = element; walker && walker !== root; walker = walker.parentElement) {
      if (isSkipped(walker)) return null;
    }
    while (element && element !== root && !isBlock(element)) element = element.parentElement;
    return element ?? root;
  }

  private sendReport(): void {
    this.deps.report(this.lang, this.mentions.report());
  }

  /** The page's language: as declared, or as the engine detected it. */
  get language(): Lang {
    return this.lang;
  }

  /** For hover: the mention under a caret position. */
  mentionAt(node: Node, offset: number): PageMention | null {
    return this.mentions.at(node, offset);
  }
}

const holds = (region: readonly Element[], node: Node): boolean => region.some((part) => part.contains(node));

const OBSERVED: MutationObserverInit = { childList: true, subtree: true, characterData: true };
const FEED_CONTAINER: MutationObserverInit = { childList: true };
