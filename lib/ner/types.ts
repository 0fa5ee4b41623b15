/** The entity types the engine emits (the usual news-NER set plus EVENT). */
export const ENTITY_TYPES = ['PER', 'ORG', 'LOC', 'EVENT', 'MISC'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export type Lang = 'vi' | 'en';

/** One entity mention: UTF-16 offsets into the text that was analysed. */
export interface Mention {
  start: number;
  end: number;
  type: EntityType;
  /** The exact characters of the original text between start and end. */
  text: string;
  /** Knowledge-base id, or null for a name the knowledge base does not know. */
  id: string | null;
}
