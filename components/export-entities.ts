/**
 * The popup's JSONL and CoNLL export of a tab's entity spans: the article text the content script read, analysed
 * again by the background with the reader's entity corrections applied, and each linked entity's Wikidata item.
 */
import { ENTITY_FORMATS, entityExport, type EntityFormat } from '@/lib/export/files';
import type { AnalysedPage } from '@/lib/export/nlp';
import type { PageText } from '@/lib/i18n/pages';
import { sendToBackground, sendToTab } from '@/lib/messaging/send';
import { downloadFile } from './download';
import type { ExportChoice } from './ExportChooser';

export function entityChoices(text: PageText, unavailable: string | null): Array<ExportChoice<EntityFormat>> {
  return ENTITY_FORMATS.map((format) => ({ format, label: text(`format.${format}`), unavailable }));
}

/** The tab's text and its spans, or null when the page has not been read (no content script, or no scan yet). */
async function analyseTab(tabId: number): Promise<AnalysedPage | null> {
  const read = await sendToTab(tabId, 'page/text', {}).catch(() => null);
  if (!read) return null;
  const analysed = await sendToBackground('page/analyse', { lang: read.lang, text: read.text });
  return { url: read.url, title: read.title, lang: analysed.lang, text: read.text, mentions: analysed.mentions };
}

/** Wikidata items of the page's linked entities, asked of the background's knowledge base once per entity. */
async function wikidataItems(page: AnalysedPage): Promise<Map<string, string>> {
  const ids = [...new Set(page.mentions.flatMap(({ id }) => (id === null ? [] : [id])))];
  const details = await Promise.all(ids.map((id) => sendToBackground('entity/details', { id })));
  return new Map(details.flatMap((entity) => (entity?.wikidata ? [[entity.id, entity.wikidata] as const] : [])));
}

/** Writes the file and resolves to its name; rejects with a message the popup shows when the page was not read. */
export async function exportEntities(text: PageText, format: EntityFormat, tabId: number): Promise<string> {
  const page = await analyseTab(tabId);
  if (!page) throw new Error(text('popup.notRead'));
  const wikidata = format === 'jsonl' ? await wikidataItems(page) : new Map<string, string>();
  const file = entityExport(format, page, new Date(), (id) => wikidata.get(id));
  await downloadFile(file.contents, file.fileName, file.mime);
  return file.fileName;
}
