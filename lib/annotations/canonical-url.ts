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

export function canonicalUrl(doc: Document, visited: string): string | null {
  const declared =
    doc.querySelector('link[rel~="canonical"]')?.getAttribute('href') ??
    doc.querySelector('meta[property="og:url"]')?.getAttribute('content');
  if (declared) {
    try {
      const resolved = withoutTracking(new URL(declared, visited).toString());
      if (resolved) return resolved;
    } catch {
      // A broken declaration falls back to the visited URL.
    }
  }
  return withoutTracking(visited);
}
