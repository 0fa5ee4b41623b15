/**
 * The part of the reader's settings one page's content script needs, worked out by the background for that page's
 * host. The content script asks for it instead of reading `storage.local` itself: the settings schema, its
 * validation and the storage API binding then stay out of the script every page loads, and out of the page's time.
 */
import type { EntityType } from '../ner/types';
import { colourRules } from '../render/colour-rules';
import { DEFAULT_SETTINGS, isNewsSite, isSiteEnabled, type Settings } from './settings';

export interface PageSettings {
  /** False on a site where the reader turned highlighting off. */
  siteEnabled: boolean;
  /** Read pages with article markup without being asked. */
  readsArticles: boolean;
  /** The host is one of the reader's news sites (or a subdomain): read whatever its markup. */
  newsSite: boolean;
  shownTypes: Record<EntityType, boolean>;
  /** CSS for the colours the reader changed; empty with the default colours. */
  colourRules: string;
}

export function pageSettings(settings: Settings, hostname: string): PageSettings {
  return {
    siteEnabled: isSiteEnabled(settings, hostname),
    readsArticles: settings.runOnArticleMarkup,
    newsSite: isNewsSite(settings, hostname),
    shownTypes: settings.shownTypes,
    colourRules: colourRules(settings.colours, DEFAULT_SETTINGS.colours),
  };
}
