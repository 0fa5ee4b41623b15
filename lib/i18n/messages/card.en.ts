/**
 * What the content script shows on news pages: the entity card, the selection toolbar, the editor's frame. Kept
 * apart from the extension pages' text because the content script is loaded into every page and must stay small.
 */
export const CARD_EN = {
  'card.close': 'Close',
  'card.unknown': 'Not in the knowledge base — found from its context',
  'card.aliases': 'Also known as:',
  'card.events': 'Events:',
  'card.wikidata': 'Wikidata {qid}',
  'card.previous': '‹ Previous',
  'card.previousMention': 'Previous mention',
  'card.next': 'Next ›',
  'card.nextMention': 'Next mention',
  'card.position': 'Mention {index} of {count} on this page',
  'toolbar.label': 'Annotate the selection',
  'toolbar.highlight': 'Highlight',
  'toolbar.highlightIn': 'Highlight in {colour}',
  'colour.yellow': 'yellow',
  'colour.green': 'green',
  'colour.blue': 'blue',
  'colour.pink': 'pink',
  'colour.orange': 'orange',
  'toolbar.note': 'Note',
  'toolbar.noteTitle': 'Add a private note',
  'toolbar.tag': 'Tag',
  'toolbar.tagTitle': 'Tag the selection',
  'toolbar.claim': 'Claim',
  'toolbar.claimTitle': 'Rate this claim',
  'toolbar.entity': 'Entity',
  'toolbar.entityTitle': 'Mark or correct an entity',
  'toolbar.notSaved': 'Not saved: {reason}',
  'toolbar.noAddress': 'This story has no address of its own yet: scroll into it, or open it on its own page, to annotate it.',
  'editor.frameTitle': 'NewsLens editor',
} as const;

export type CardKey = keyof typeof CARD_EN;
