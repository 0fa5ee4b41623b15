/**
 * A news site that changes story without loading a page (a client-side router, a feed that moves the address to the
 * next story) gives the content script no fresh start. It hears the address change (WXT's `wxt:locationchange`,
 * which fires as the navigation begins), but the router renders the new story only once it has fetched it. So the
 * page is looked at again a few times over the next seconds; once its article is a different one, it is read from
 * scratch, and once it holds no article any more, what was read is dropped.
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

/** The same parts, all still in the page. */
export function sameRegion(a: readonly Element[], b: readonly Element[]): boolean {
  return a.length === b.length && a.every((part, index) => part === b[index] && part.isConnected);
}

export function followNavigation(deps: NavigationDeps): void {
  for (const delay of RECHECK_DELAYS_MS) {
    deps.later(() => {
      const region = deps.findRegion();
      const reading = deps.readRegion();
      if (!sameRegion(region, reading) && (region.length > 0 || reading.length > 0)) deps.read(region);
      deps.looked();
    }, delay);
  }
}
