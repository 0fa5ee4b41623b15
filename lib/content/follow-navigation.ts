/**
 * A news site that changes story without loading a page (a client-side router, a feed that moves the address to the
 * next story) gives the content script no fresh start. It hears the address change (WXT's `wxt:locationchange`,
 * which fires as the navigation begins), but the router renders the new story only once it has fetched it. So the
 * page is looked at again a few times over the next seconds; once its article is one not read yet, it is read from
 * scratch, and once the story read has gone and no article has come, what was read is dropped. An endless feed that
 * moves the address to the next story it appended changes nothing here: that story is read already (see
 * lib/page/feed-stories.ts), and the one above it stays read while it is on the page.
 */
export const RECHECK_DELAYS_MS: readonly number[] = [250, 1_000, 2_500, 5_000];

export interface NavigationDeps {
  /** The article region as the page stands now; empty when there is no article to read. */
  findRegion(): readonly Element[];
  /** The region being read, empty when none is. */
  readRegion(): readonly Element[];
  /** Reads `region` from scratch; an empty region means: stop reading and drop what was read. */
  read(region: readonly Element[]): void;
  /** Runs after each look, whether or not the article changed (the address and title may have). */
  looked(): void;
  /** A timer that goes with the content script (WXT's `ctx.setTimeout`). */
  later(callback: () => void, delayMs: number): void;
}

/** Whether every part of `region` is read already: one of the parts read, or inside one, still in the page. */
export function alreadyRead(region: readonly Element[], reading: readonly Element[]): boolean {
  return region.every((part) => reading.some((read) => read.isConnected && read.contains(part)));
}

export function followNavigation(deps: NavigationDeps): void {
  for (const delay of RECHECK_DELAYS_MS) {
    deps.later(() => {
      const region = deps.findRegion();
      const reading = deps.readRegion();
      // Finding nothing drops only what the page itself took away: text the reader asked to scan ("Scan this
      // page") stays read while it is there, whatever the address says (an anchor link changes it too).
      const changed = region.length > 0 ? !alreadyRead(region, reading) : reading.some((part) => !part.isConnected);
      if (changed) deps.read(region);
      deps.looked();
    }, delay);
  }
}
