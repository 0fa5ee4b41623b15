/**
 * "Related event" ranking: which events of the bundled dataset belong next to this article?
 *
 *   score(event) = overlap(event) × closeness(days between the event and the article) × importance
 *   overlap(event) = Σ over the page's linked entities that are the event's place or one of its participants of
 *                    TYPE_WEIGHT[kind] × (1 + ln mentions) × ln(1 + events / events naming that entity)
 *
 * - TYPE_WEIGHT: a person or an organisation named in the article says much more about which event it relates to
 *   than a country does (China is in half the events); a city or venue sits in between.
 * - 1 + ln(mentions): an entity named ten times is more central than one named once, but not ten times more so —
 *   and a country repeated in every paragraph cannot drown out the people.
 * - ln(1 + N / df) (rarity, over the dataset): Russia and China are in most events, so sharing them says little;
 *   Wang Yi or Astana is in a handful, so sharing them says a lot.
 * - closeness = 1 / (1 + days / 60): the same week ≈ 1, two months ½, a year ⅐, ten years ≈ 0.02. Hyperbolic, not
 *   exponential, so that with no recent match an older landmark still shows rather than nothing. Before and after
 *   count alike: what led up to the article and what followed both help the reader.
 * - importance 1–3 multiplies: a landmark (a treaty, a founding) is worth a card more than a preparatory meeting.
 *
 * Events sharing too little with the page (less than MIN_OVERLAP, about one person or one much-repeated country) are
 * not shown at all: no linked entities, no events — never a random list.
 */
import type { EntityType, Lang } from '../ner/types';
import type { Mention } from '../ner/types';

/** What the ranking needs of an event: both the dataset's and the compiled form fit. */
export interface RankableEvent {
  id: string;
  start: string;
  end: string;
  place: string;
  participants: readonly string[];
  importance: number;
}

export interface PageEntity {
  id: string;
  type: EntityType;
  /** Mentions of this entity on the page (≥ 1). */
  count: number;
}

export interface RankPage {
  entities: readonly PageEntity[];
  /** When the article was published; null means "now" (options.today). */
  published: Date | null;
  lang: Lang;
}

export type NameLookup = (id: string) => { vi: string; en: string } | undefined;

export interface RankOptions {
  today: Date;
  limit: number;
  /** Display names for the reason string; ids without a name are left out of it. */
  names?: NameLookup;
}

export interface RankedEvent {
  id: string;
  /** Only comparable between events of the same page. */
  score: number;
  /** Short, in the page's language: "Vladimir Putin, Tập Cận Bình, Kazakhstan · 6 tuần sau bài báo này". */
  reason: string;
}

/** Why: see the header. A country is a `loc:` id of two letters (ISO 3166-1, the knowledge base's convention). */
const TYPE_WEIGHT = { PER: 3, ORG: 2.5, EVENT: 2.5, MISC: 2, LOC: 1.5, COUNTRY: 1 } as const;
/** Days for closeness to halve. */
const HALF_LIFE_DAYS = 60;
/** One person named once ≈ 3 × 1 × ≥1.2; a country needs several mentions to reach it on its own. */
const MIN_OVERLAP = 3;
const NAMES_IN_REASON = 3;
const DAY_MS = 86_400_000;

const isCountry = (id: string): boolean => /^loc:[a-z]{2}$/.test(id);

function typeWeight(entity: PageEntity): number {
  return entity.type === 'LOC' && isCountry(entity.id) ? TYPE_WEIGHT.COUNTRY : TYPE_WEIGHT[entity.type];
}

/** Days since 1970-01-01 of a YYYY-MM-DD date (validated upstream). */
function dayOf(isoDate: string): number {
  return Date.UTC(Number(isoDate.slice(0, 4)), Number(isoDate.slice(5, 7)) - 1, Number(isoDate.slice(8, 10))) / DAY_MS;
}

/** Signed days from the reference day to the event: > 0 the event came after, < 0 before, 0 it was under way. */
export function daysFrom(referenceDay: number, event: Pick<RankableEvent, 'start' | 'end'>): number {
  const start = dayOf(event.start);
  if (referenceDay < start) return start - referenceDay;
  const end = dayOf(event.end);
  return referenceDay > end ? end - referenceDay : 0;
}

export function closeness(days: number): number {
  return 1 / (1 + Math.abs(days) / HALF_LIFE_DAYS);
}

/** The page's linked mentions, counted per id (the type of the first mention wins). */
export function countLinkedEntities(mentions: readonly Mention[]): PageEntity[] {
  const byId = new Map<string, PageEntity>();
  for (const mention of mentions) {
    if (mention.id === null) continue;
    const known = byId.get(mention.id);
    if (known) known.count++;
    else byId.set(mention.id, { id: mention.id, type: mention.type, count: 1 });
  }
  return [...byId.values()];
}

interface Candidate {
  id: string;
  score: number;
  days: number;
  matched: Array<{ entity: PageEntity; weight: number }>;
}

export function rankEvents(events: readonly RankableEvent[], page: RankPage, options: RankOptions): RankedEvent[] {
  if (options.limit <= 0 || page.entities.length === 0 || events.length === 0) return [];
  const onPage = new Map<string, PageEntity>();
  for (const entity of page.entities) if (entity.count > 0) onPage.set(entity.id, entity);

  // Rarity needs, for each page entity, the number of events naming it.
  const eventsNaming = new Map<string, number>();
  for (const event of events) {
    if (onPage.has(event.place)) eventsNaming.set(event.place, (eventsNaming.get(event.place) ?? 0) + 1);
    for (const id of event.participants) {
      if (id !== event.place && onPage.has(id)) eventsNaming.set(id, (eventsNaming.get(id) ?? 0) + 1);
    }
  }
  const weights = new Map<string, number>();
  for (const [id, named] of eventsNaming) {
    const entity = onPage.get(id);
    if (entity) weights.set(id, typeWeight(entity) * (1 + Math.log(entity.count)) * Math.log(1 + events.length / named));
  }
  if (weights.size === 0) return [];

  const referenceDay = Math.floor((page.published ?? options.today).getTime() / DAY_MS);
  const candidates: Candidate[] = [];
  for (const event of events) {
    let overlap = 0;
    const matched: Candidate['matched'] = [];
    const add = (id: string): void => {
      const weight = weights.get(id);
      const entity = onPage.get(id);
      if (weight === undefined || !entity) return;
      overlap += weight;
      matched.push({ entity, weight });
    };
    add(event.place);
    for (const id of event.participants) if (id !== event.place) add(id);
    if (overlap < MIN_OVERLAP) continue;
    const days = daysFrom(referenceDay, event);
    candidates.push({ id: event.id, score: overlap * closeness(days) * event.importance, days, matched });
  }
  candidates.sort((a, b) => b.score - a.score || Math.abs(a.days) - Math.abs(b.days) || (a.id < b.id ? -1 : 1));
  const relativeTo = page.published ? 'article' : 'today';
  return candidates.slice(0, options.limit).map((candidate) => ({
    id: candidate.id,
    score: candidate.score,
    reason: reasonFor(candidate, page.lang, relativeTo, options.names),
  }));
}

/** People first, then organisations and events, then places: "Putin, Xi Jinping, Kazakhstan" reads naturally. */
const DISPLAY_ORDER: Record<EntityType, number> = { PER: 0, ORG: 1, EVENT: 2, MISC: 3, LOC: 4 };

function reasonFor(candidate: Candidate, lang: Lang, relativeTo: 'article' | 'today', names: NameLookup | undefined): string {
  const shown = [...candidate.matched]
    .sort((a, b) => b.weight - a.weight)
    .flatMap(({ entity, weight }) => {
      const name = names?.(entity.id)?.[lang];
      return name ? [{ name, type: entity.type, weight }] : [];
    })
    .slice(0, NAMES_IN_REASON)
    .sort((a, b) => DISPLAY_ORDER[a.type] - DISPLAY_ORDER[b.type] || b.weight - a.weight)
    .map((item) => item.name);
  const when = describeGap(candidate.days, lang, relativeTo);
  return shown.length > 0 ? `${shown.join(', ')} · ${when}` : when;
}

const UNITS = {
  en: { day: ['day', 'days'], week: ['week', 'weeks'], month: ['month', 'months'], year: ['year', 'years'] },
  vi: { day: ['ngày', 'ngày'], week: ['tuần', 'tuần'], month: ['tháng', 'tháng'], year: ['năm', 'năm'] },
} as const;

/**
 * "6 weeks after this article" / "6 tuần sau bài báo này"; relative to today when the page has no date
 * ("3 years ago" / "3 năm trước"). Within three days either way counts as the same week.
 */
export function describeGap(days: number, lang: Lang, relativeTo: 'article' | 'today'): string {
  const distance = Math.abs(days);
  if (distance <= 3) {
    if (relativeTo === 'today') return lang === 'vi' ? 'tuần này' : 'this week';
    return lang === 'vi' ? 'cùng tuần với bài báo này' : 'same week as this article';
  }
  const [unit, amount] =
    distance < 14
      ? (['day', distance] as const)
      : distance < 60
        ? (['week', Math.round(distance / 7)] as const)
        : distance < 365
          ? (['month', Math.round(distance / 30.44)] as const)
          : (['year', Math.round(distance / 365.25)] as const);
  const span = `${amount} ${UNITS[lang][unit][amount === 1 ? 0 : 1]}`;
  const after = days > 0;
  if (lang === 'vi') {
    if (relativeTo === 'article') return `${span} ${after ? 'sau' : 'trước'} bài báo này`;
    return after ? `${span} nữa` : `${span} trước`;
  }
  if (relativeTo === 'article') return `${span} ${after ? 'after' : 'before'} this article`;
  return after ? `in ${span}` : `${span} ago`;
}
