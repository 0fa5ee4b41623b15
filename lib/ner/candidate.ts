import type { EntityType } from './types';

/** A name the knowledge base does not know, found from capitalisation and context. */
export interface Candidate {
  first: number;
  last: number;
  /** Null when nothing in the context says what it is yet (the document may tell later). */
  type: EntityType | null;
  /** Typed by a head word inside the name ("Bộ …", "… University"): it outranks knowledge-base names inside it. */
  headed: boolean;
}

/** Knowledge-base coverage of tokens: the match's type for covered tokens, undefined elsewhere. */
export type Coverage = ReadonlyArray<EntityType | undefined>;
