/**
 * The URL annotations are filed under: the page's declared canonical URL (link rel=canonical, else og:url) when it is
 * an http(s) URL, else the visited one — without tracking parameters or fragment, so the same story shared through
 * different links collects the same annotations.
 */
const TRACKING = /^(utm_[a-z_]+|fbclid|gclid|dclid|gbraid|wbraid|msclkid|yclid|mc_cid|mc_eid|igshid|_ga|_gl|ref_src|ncid|cmpid|s_cid|at_medium|at_campaign)$/i;

export function withoutTracking(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  for (const key of [...parsed.searchParams.keys()]) if (TRACKING.test(key)) parsed.searchParams.delete(key);
  parsed.hash = '';
  return parsed.toString();
}

/** The page's declared canonical URL, resolved and without tracking parameters; null when it declares none usable. */
function declaredUrl(doc: Document, visited: string): string | null {
  const declared =
    doc.querySelector('link[rel~="canonical"]')?.getAttribute('href') ??
    doc.querySelector('meta[property="og:url"]')?.getAttribute('content');
  if (!declared) return null;
  try {
    return withoutTracking(new URL(declared, visited).toString());
  } catch {
    // A broken declaration counts as none.
    return null;
  }
}

export function canonicalUrl(doc: Document, visited: string): string | null {
  return declaredUrl(doc, visited) ?? withoutTracking(visited);
}

/** What a page declared for the story it was loaded with. */
export interface LoadedStory {
  path: string;
  declared: string | null;
}

const pathOf = (url: string): string => {
  try {
    return new URL(url).pathname;
  } catch {
    return '';
  }
};

export function loadedStory(doc: Document, visited: string): LoadedStory {
  return { path: pathOf(visited), declared: declaredUrl(doc, visited) };
}

/**
 * The URL the current story's annotations are filed under. A single-page app that moves to another story without
 * loading a page often leaves the canonical link of the story it was loaded with: when the path has changed and the
 * declaration has not, the declaration names the story that is gone, and the visited URL is the new story's.
 */
export function storyUrl(doc: Document, visited: string, loaded: LoadedStory): string | null {
  const declared = declaredUrl(doc, visited);
  if (declared !== null && declared === loaded.declared && pathOf(visited) !== loaded.path) return withoutTracking(visited);
  return declared ?? withoutTracking(visited);
}
