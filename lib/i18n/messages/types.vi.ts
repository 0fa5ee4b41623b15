import type { TypesKey } from './types.en';

/** Vietnamese has no plural: a group is named like one of its members. */
export const TYPES_VI: Record<TypesKey, string> = {
  'entity.PER': 'Người',
  'entity.ORG': 'Tổ chức',
  'entity.LOC': 'Địa điểm',
  'entity.EVENT': 'Sự kiện',
  'entity.MISC': 'Khác',
  'entityGroup.PER': 'Người',
  'entityGroup.ORG': 'Tổ chức',
  'entityGroup.LOC': 'Địa điểm',
  'entityGroup.EVENT': 'Sự kiện',
  'entityGroup.MISC': 'Khác',
};
