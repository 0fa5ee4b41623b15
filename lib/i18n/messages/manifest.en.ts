/**
 * The manifest's text (name, description, keyboard command descriptions) and the context menu's titles. The build
 * writes the first part to `_locales/<lang>/messages.json`, so the keys follow Chrome's rule for message names
 * (letters, digits, underscores).
 */
export const MANIFEST_EN = {
  extName: 'NewsLens — who is who in the news',
  extDescription:
    'Finds the people, organisations, places and events in news articles, links them to an offline knowledge base, and lets you annotate and fact-check what you read.',
  commandNextMention: 'Go to the next highlighted name',
  commandPreviousMention: 'Go to the previous highlighted name',
  commandHighlightSelection: 'Highlight the selected text',
  commandNoteSelection: 'Add a note to the selected text',
  menuHighlight: 'Highlight',
  menuNote: 'Add a note…',
  menuClaim: 'Rate this claim…',
  menuEntity: 'Mark as an entity…',
} as const;

export type ManifestKey = keyof typeof MANIFEST_EN;
