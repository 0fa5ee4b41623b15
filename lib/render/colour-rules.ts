/**
 * CSS for the reader's own highlight colours. The defaults (light and dark) ship in the content stylesheet; only
 * colours the reader changed are emitted here, so the built-in dark-mode variants keep working for the others.
 */
import { ENTITY_TYPES, type EntityType } from '../ner/types';
import { highlightName } from './highlighter';
import { WRAPPER_TAG } from './wrapper-marks';

function translucent(hex: string): string {
  const value = Number.parseInt(hex.slice(1), 16);
  return `rgb(${(value >> 16) & 255} ${(value >> 8) & 255} ${value & 255} / 0.35)`;
}

export function colourRules(colours: Readonly<Record<EntityType, string>>, defaults: Readonly<Record<EntityType, string>>): string {
  return ENTITY_TYPES.filter((type) => colours[type].toLowerCase() !== defaults[type].toLowerCase())
    .map((type) => {
      const background = translucent(colours[type]);
      return `::highlight(${highlightName(type)}) { background-color: ${background}; }\n` +
        `${WRAPPER_TAG}[data-type="${type.toLowerCase()}"] { background-color: ${background}; }`;
    })
    .join('\n');
}
