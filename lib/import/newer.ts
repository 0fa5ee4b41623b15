/**
 * The merge rule shared by the import preview and the store, so that what the preview announces is what the store
 * then does: annotations are matched by id, and the one modified last wins; the same time or older changes nothing.
 */

/** Is the timestamp `candidate` later than `than`? Compared as instants: ISO strings with different offsets or
 *  precisions ("…+07:00", "…Z", no milliseconds) do not sort as text. */
export function isNewer(candidate: string, than: string): boolean {
  const a = Date.parse(candidate);
  const b = Date.parse(than);
  if (Number.isNaN(a) || Number.isNaN(b)) return candidate > than;
  return a > b;
}

/** One item per id, the newest; in the order each id first appears. */
export function newestById<T extends { id: string; modified: string }>(items: readonly T[]): T[] {
  const byId = new Map<string, T>();
  for (const item of items) {
    const kept = byId.get(item.id);
    if (!kept || isNewer(item.modified, kept.modified)) byId.set(item.id, item);
  }
  return [...byId.values()];
}
