/**
 * The in-page keyboard shortcuts, the same keys as the manifest commands (which the browser may leave unbound):
 * Alt+Shift+N / P walk through the highlighted names, Alt+Shift+H / M highlight or annotate the selection. Only
 * real key presses count (a page cannot script them), and N / P never fire while the reader types in a field.
 */
export type PageShortcut = { kind: 'focus'; direction: 'next' | 'previous' } | { kind: 'annotate'; action: 'highlight' | 'note' };

function isEditing(doc: Document): boolean {
  const active = doc.activeElement;
  if (!active) return false;
  const tag = active.tagName;
  if (tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT') return true;
  return (active as HTMLElement).isContentEditable === true;
}

export function pageShortcut(event: KeyboardEvent, doc: Document = document): PageShortcut | null {
  if (!event.isTrusted || !event.altKey || !event.shiftKey || event.ctrlKey || event.metaKey) return null;
  if (event.code === 'KeyN' || event.code === 'KeyP') {
    return isEditing(doc) ? null : { kind: 'focus', direction: event.code === 'KeyN' ? 'next' : 'previous' };
  }
  if (event.code === 'KeyH' || event.code === 'KeyM') return { kind: 'annotate', action: event.code === 'KeyH' ? 'highlight' : 'note' };
  return null;
}
