/** Types for check.mjs, the gold-set parser (kept in JavaScript so it runs with plain Node). */
export interface GoldSpan {
  start: number;
  end: number;
  type: string;
  id: string | null;
  text: string;
}
export interface GoldDocument {
  lang: 'vi' | 'en' | 'seeds';
  path: string;
  name: string;
  section: string;
  text: string;
  spans: GoldSpan[];
}
export function parseGold(markup: string): { text: string; spans: GoldSpan[] };
export function loadGold(root?: string): GoldDocument[];
