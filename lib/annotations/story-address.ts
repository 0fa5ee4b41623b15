/**
 * The address a story of an endless feed gives itself in its markup. A feed that never moves the address bar to the
 * story it appends (or has not yet) still says where that story lives, in one of two places news sites write:
 * - schema.org microdata: the story's item (an Article type) names itself by its `itemid`, or by its `url` or
 *   `mainEntityOfPage` property (not one of a nested item's: an author's or a publisher's url);
 * - its headline's link to the story's own page, as on a home page's teaser.
 * Only an http(s) address on the page's own site counts (a headline may link to the source it quotes); the address
 * is the annotations' filing key, so it loses its tracking parameters and fragment like the page's own.
 */
import { withoutTracking } from './canonical-url';

export interface OwnAddress {
  address: string;
  /** The story's headline, which its notes record as their page's title. */
  title: string;
}

const ARTICLE_ITEM = '[itemscope][itemtype*="Article"]';
const HEADLINE = 'h1, h2, h3';

/** The story's own address, or null when its markup names none usable. `visited`: the page's address. */
export function ownAddress(parts: readonly Element[], visited: string): OwnAddress | null {
  const headline = firstMatch(parts, HEADLINE);
  for (const declared of [itemAddress(parts), headline ? headlineLink(headline) : null]) {
    const address = declared === null ? null : onSite(declared, visited);
    if (address !== null) return { address, title: (headline?.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 1000) };
  }
  return null;
}

function firstMatch(parts: readonly Element[], selector: string): Element | null {
  for (const part of parts) {
    const found = part.matches(selector) ? part : part.querySelector(selector);
    if (found) return found;
  }
  return null;
}

/** The story's microdata item: inside its parts, or the element around them all. */
function storyItem(parts: readonly Element[]): Element | null {
  const inside = firstMatch(parts, ARTICLE_ITEM);
  if (inside) return inside;
  const around = parts[0]?.closest(ARTICLE_ITEM) ?? null;
  return around && parts.every((part) => around.contains(part)) ? around : null;
}

function itemAddress(parts: readonly Element[]): string | null {
  const item = storyItem(parts);
  if (!item) return null;
  const id = item.getAttribute('itemid');
  if (id) return id;
  for (const property of item.querySelectorAll('[itemprop~="url"], [itemprop~="mainEntityOfPage"]')) {
    // The item a property belongs to is the nearest item around it (an element's own itemscope makes it a value).
    if (property.parentElement?.closest('[itemscope]') !== item) continue;
    const value = property.hasAttribute('itemscope')
      ? property.getAttribute('itemid')
      : property.getAttribute('content') ?? property.getAttribute('href');
    if (value) return value;
  }
  return null;
}

/** The link that is the headline: inside it and holding all its text, or around it. */
function headlineLink(headline: Element): string | null {
  const around = headline.closest('a[href]');
  if (around) return around.getAttribute('href');
  const text = headline.textContent?.trim() ?? '';
  for (const link of headline.querySelectorAll('a[href]')) {
    if (text !== '' && link.textContent?.trim() === text) return link.getAttribute('href');
  }
  return null;
}

/** A site's hosts differ by a leading www. or m. (its mobile pages). */
const siteOf = (hostname: string): string => hostname.replace(/^(www|m)\./, '');

function onSite(declared: string, visited: string): string | null {
  try {
    const url = new URL(declared, visited);
    return siteOf(url.hostname) === siteOf(new URL(visited).hostname) ? withoutTracking(url.toString()) : null;
  } catch {
    // A broken declaration counts as none.
    return null;
  }
}
