/**
 * The reader's settings: where the extension highlights, which entity types, in which colours. Stored in
 * `storage.local` under one key and validated on every read, so a corrupted or hand-edited value falls back to the
 * defaults instead of breaking every tab.
 */
import * as v from 'valibot';
import { ENTITY_TYPES, type EntityType } from '../ner/types';
import { INTERFACE_LANGUAGES } from './stored-language';

export { SETTINGS_KEY, INTERFACE_LANGUAGES, type InterfaceLanguage } from './stored-language';

const colour = v.pipe(v.string(), v.regex(/^#[0-9a-f]{6}$/i, 'a colour is #rrggbb'));
const perType = <T extends v.GenericSchema>(schema: T) =>
  v.object(Object.fromEntries(ENTITY_TYPES.map((type) => [type, schema])) as Record<EntityType, T>);

const label = v.pipe(v.string(), v.trim(), v.minLength(1, 'a verdict needs a name'), v.maxLength(60));

const hostName = v.pipe(v.string(), v.trim(), v.toLowerCase(), v.maxLength(253), v.regex(/^[a-z0-9.-]+$/, 'a site is a host name such as vnexpress.net'));

export const settingsSchema = v.object({
  /** Host names where the reader turned highlighting off. */
  disabledSites: v.array(v.pipe(v.string(), v.maxLength(253))),
  /** Read pages that declare themselves articles (JSON-LD NewsArticle/Article, og:type, <article>) without being asked. */
  runOnArticleMarkup: v.boolean(),
  /** News sites (and their subdomains) read without being asked, article markup or not. Elsewhere: "Scan this page". */
  newsSites: v.pipe(v.array(hostName), v.maxLength(500)),
  /** The interface's language: the browser's ("auto"), or one chosen by the reader. */
  interfaceLanguage: v.picklist(INTERFACE_LANGUAGES),
  shownTypes: perType(v.boolean()),
  colours: perType(colour),
  /** Verdicts for claims, best first; "Unverifiable" is always offered besides, outside the scale. */
  ratingScale: v.pipe(
    v.array(label),
    v.minLength(2, 'a rating scale needs at least two verdicts'),
    v.maxLength(10, 'a rating scale has at most ten verdicts'),
    v.check((labels) => new Set(labels.map((item) => item.toLowerCase())).size === labels.length, 'each verdict once'),
  ),
  /** Who signs exported claim reviews. */
  reviewer: v.pipe(v.string(), v.trim(), v.maxLength(200)),
  /**
   * Where the reviewer publishes fact-checks (http or https), the base of each exported ClaimReview's `url`, which
   * Google wants to be the page hosting the review; empty: the article's address stands in.
   */
  reviewSite: v.union([v.literal(''), v.pipe(v.string(), v.trim(), v.maxLength(2000), v.url('a web address such as https://factcheck.example/'), v.regex(/^https?:\/\//, 'a web address such as https://factcheck.example/'))]),
});

export type Settings = v.InferOutput<typeof settingsSchema>;

/** Vietnamese and English news sites read by default (editable in the options). */
export const DEFAULT_NEWS_SITES = [
  'vnexpress.net', 'tuoitre.vn', 'thanhnien.vn', 'dantri.com.vn', 'vietnamnet.vn', 'nhandan.vn', 'baochinhphu.vn',
  'vietnamplus.vn', 'vov.vn', 'vtv.vn', 'laodong.vn', 'tienphong.vn', 'znews.vn', 'qdnd.vn', 'cand.com.vn', 'sggp.org.vn',
  'reuters.com', 'apnews.com', 'bbc.com', 'bbc.co.uk', 'theguardian.com', 'nytimes.com', 'washingtonpost.com',
  'aljazeera.com', 'cnn.com', 'npr.org', 'ft.com', 'economist.com', 'scmp.com', 'straitstimes.com',
];

export const DEFAULT_SETTINGS: Settings = {
  disabledSites: [],
  runOnArticleMarkup: true,
  newsSites: DEFAULT_NEWS_SITES,
  interfaceLanguage: 'auto',
  shownTypes: { PER: true, ORG: true, LOC: true, EVENT: true, MISC: true },
  colours: { PER: '#ffc400', ORG: '#40a0ff', LOC: '#3cc878', EVENT: '#e65ac8', MISC: '#969696' },
  ratingScale: ['True', 'Mostly true', 'Half true', 'Misleading', 'False'],
  reviewer: '',
  reviewSite: '',
};

/** Parses a stored value; anything invalid yields the defaults (with whatever valid parts there were kept). */
export function readSettings(stored: unknown): Settings {
  const parsed = v.safeParse(settingsSchema, stored);
  if (parsed.success) return parsed.output;
  if (typeof stored !== 'object' || stored === null) return DEFAULT_SETTINGS;
  const partial = stored as Partial<Record<keyof Settings, unknown>>;
  const part = <K extends keyof Settings>(key: K): Settings[K] => {
    const result = v.safeParse(settingsSchema.entries[key], partial[key]);
    return result.success ? (result.output as Settings[K]) : DEFAULT_SETTINGS[key];
  };
  return {
    disabledSites: part('disabledSites'),
    runOnArticleMarkup: part('runOnArticleMarkup'),
    newsSites: part('newsSites'),
    interfaceLanguage: part('interfaceLanguage'),
    shownTypes: part('shownTypes'),
    colours: part('colours'),
    ratingScale: part('ratingScale'),
    reviewer: part('reviewer'),
    reviewSite: part('reviewSite'),
  };
}

export function isSiteEnabled(settings: Settings, hostname: string): boolean {
  return !settings.disabledSites.includes(hostname.toLowerCase());
}

/** Is the host one of the reader's news sites, or a subdomain of one (www.bbc.com for bbc.com)? */
export function isNewsSite(settings: Settings, hostname: string): boolean {
  const host = hostname.toLowerCase();
  return settings.newsSites.some((site) => host === site || host.endsWith(`.${site}`));
}

export function withSite(settings: Settings, hostname: string, enabled: boolean): Settings {
  const host = hostname.toLowerCase();
  const others = settings.disabledSites.filter((site) => site !== host);
  return { ...settings, disabledSites: enabled ? others : [...others, host] };
}
