/** Entity type names, one entity ("Person") and a group ("People"): shared by the card and the extension pages. */
export const TYPES_EN = {
  'entity.PER': 'Person',
  'entity.ORG': 'Organisation',
  'entity.LOC': 'Place',
  'entity.EVENT': 'Event',
  'entity.MISC': 'Other',
  'entityGroup.PER': 'People',
  'entityGroup.ORG': 'Organisations',
  'entityGroup.LOC': 'Places',
  'entityGroup.EVENT': 'Events',
  'entityGroup.MISC': 'Other',
} as const;

export type TypesKey = keyof typeof TYPES_EN;
