import type { EntityType } from '@/lib/ner/types';

/** How the interface names each entity type, as a group ("People") and as one entity ("Person"). */
export const TYPE_GROUP_LABELS: Record<EntityType, string> = {
  PER: 'People',
  ORG: 'Organisations',
  LOC: 'Places',
  EVENT: 'Events',
  MISC: 'Other',
};
