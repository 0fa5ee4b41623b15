/**
 * Vietnamese writes the tone of "oa", "oe" and "uy" syllables in two ways: on the first vowel (old style: hòa, thủy,
 * khỏe) or on the second (new style: hoà, thuỷ, khoẻ). Both are common in news. `canonicalTonePlacement` rewrites
 * the old style into the new one without changing the string's length, so offsets stay valid.
 */
const TONE_MARKS = ['\u0300', '\u0301', '\u0309', '\u0303', '\u0323'] as const;

/** Toned first vowel + plain second vowel → plain first vowel + toned second vowel (both NFC, two code units each). */
const oldToNew = new Map<string, string>();
for (const [first, second] of [
  ['o', 'a'],
  ['o', 'e'],
  ['u', 'y'],
] as const) {
  for (const mark of TONE_MARKS) {
    const oldForm = (first + mark).normalize('NFC') + second;
    const newForm = first + (second + mark).normalize('NFC');
    oldToNew.set(oldForm, newForm);
  }
}

const oldStylePattern = new RegExp(`(?:${[...oldToNew.keys()].join('|')})(?![\\p{L}\\p{M}])`, 'gu');

/** Rewrites old-style tone placement into new style. Expects lower-case NFC text; keeps the length. */
export function canonicalTonePlacement(lowerNfc: string): string {
  return lowerNfc.replace(oldStylePattern, (pair) => oldToNew.get(pair) ?? pair);
}
