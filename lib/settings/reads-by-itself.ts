/**
 * Kept apart from lib/settings/page-settings.ts, which builds the page's settings from the stored ones: the content
 * script's core imports this, and importing that would bring the settings schema into every page.
 */
import type { PageSettings } from './page-settings';

/** Does the content script read this page without being asked? Elsewhere the reader uses "Scan this page". */
export function readsByItself(page: PageSettings, hasArticleMarkup: boolean): boolean {
  return page.siteEnabled && ((page.readsArticles && hasArticleMarkup) || page.newsSite);
}
