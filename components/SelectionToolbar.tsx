import { HIGHLIGHT_COLOURS } from '@/lib/annotations/model';
import type { CardText } from '@/lib/i18n/card';

export type HighlightColour = (typeof HIGHLIGHT_COLOURS)[number];

const SWATCHES: Record<HighlightColour, string> = {
  yellow: '#ffe066',
  green: '#8ce99a',
  blue: '#74c0fc',
  pink: '#faa2c1',
  orange: '#ffc078',
};

export type EditorKind = 'note' | 'claim' | 'entity';

interface Props {
  /** A message after a failed save, in words for the reader. */
  error: string | null;
  /** Why nothing can be saved for this selection (a story without an address yet): shown instead of the buttons. */
  blocked: string | null;
  onHighlight(colour: HighlightColour): void;
  /** Opens the editor for a note (and tags), a claim verdict or an entity correction. */
  onEdit(kind: EditorKind): void;
  /** The interface's text, in the reader's language. */
  text: CardText;
}

const EDITORS = [
  { kind: 'note', label: 'toolbar.note', title: 'toolbar.noteTitle' },
  // Tags go with any annotation; on their own they are a note without text.
  { kind: 'note', label: 'toolbar.tag', title: 'toolbar.tagTitle' },
  { kind: 'claim', label: 'toolbar.claim', title: 'toolbar.claimTitle' },
  { kind: 'entity', label: 'toolbar.entity', title: 'toolbar.entityTitle' },
] as const satisfies ReadonlyArray<{ kind: EditorKind; label: string; title: string }>;

/** The small toolbar over a text selection in the article. */
export function SelectionToolbar({ error, blocked, onHighlight, onEdit, text }: Props) {
  if (blocked) {
    return (
      <div class="toolbar" role="toolbar" aria-label={text('toolbar.label')} lang={text.language}>
        <p class="error" role="alert">
          {blocked}
        </p>
      </div>
    );
  }
  return (
    <div class="toolbar" role="toolbar" aria-label={text('toolbar.label')} lang={text.language}>
      <span class="label">{text('toolbar.highlight')}</span>
      {HIGHLIGHT_COLOURS.map((colour) => (
        <button
          key={colour}
          type="button"
          class="swatch"
          style={{ background: SWATCHES[colour] }}
          aria-label={text('toolbar.highlightIn', { colour: text(`colour.${colour}`) })}
          title={text('toolbar.highlightIn', { colour: text(`colour.${colour}`) })}
          onMouseDown={(event) => event.preventDefault()}
          onClick={(event) => {
            // A page script can click our buttons with synthetic events; only the reader's own clicks count.
            if (event.isTrusted) onHighlight(colour);
          }}
        />
      ))}
      {EDITORS.map(({ kind, label, title }) => (
        <button
          key={label}
          type="button"
          class="action"
          title={text(title)}
          onMouseDown={(event) => event.preventDefault()}
          onClick={(event) => {
            if (event.isTrusted) onEdit(kind);
          }}
        >
          {text(label)}
        </button>
      ))}
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

export const SELECTION_TOOLBAR_CSS = `
:host { all: initial; }
.toolbar { font: 13px/1.3 system-ui, sans-serif; color: #1b1f24; background: #fff; border: 1px solid #d8dde3;
  border-radius: 8px; box-shadow: 0 4px 14px rgba(0,0,0,.15); padding: 6px 8px; display: flex; gap: 6px;
  align-items: center; flex-wrap: wrap; max-width: 320px; }
.label { font-weight: 600; margin-right: 2px; }
.swatch { width: 22px; height: 22px; border-radius: 50%; border: 1px solid rgba(0,0,0,.25); cursor: pointer; padding: 0; }
.action { font: inherit; padding: 2px 8px; border-radius: 6px; border: 1px solid #c9cfd6; background: transparent; color: inherit; cursor: pointer; }
.action:focus-visible, .swatch:focus-visible { outline: 2px solid #0b5fd6; outline-offset: 2px; }
.error { flex-basis: 100%; margin: 4px 0 0; color: #b00020; }
@media (prefers-color-scheme: dark) {
  .toolbar { background: #1e2126; color: #e8eaed; border-color: #353b43; }
  .error { color: #ff8a80; }
  .action:focus-visible, .swatch:focus-visible { outline-color: #7fb2ff; }
}
`;
