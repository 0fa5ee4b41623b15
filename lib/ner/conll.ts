/** CoNLL output: one token per line with its IOB2 tag, a blank line between sentences (lines of the text). */
import { BREAK, scan } from '../text/scan';
import type { Mention } from './types';

export function toConll(text: string, mentions: readonly Mention[]): string {
  const tokens = scan(text);
  const lines: string[] = [];
  let mentionIndex = 0;
  let insideSince = -1;
  for (let t = 0; t < tokens.count; t++) {
    const start = tokens.starts[t] ?? 0;
    const end = tokens.ends[t] ?? 0;
    const surface = text.slice(start, end);
    if (tokens.kinds[t] === BREAK && surface === '\n') {
      if (lines.length > 0 && lines[lines.length - 1] !== '') lines.push('');
      continue;
    }
    while (mentionIndex < mentions.length && (mentions[mentionIndex]?.end ?? 0) <= start) mentionIndex++;
    const mention = mentions[mentionIndex];
    let tag = 'O';
    if (mention && mention.start <= start && end <= mention.end) {
      tag = `${insideSince === mentionIndex ? 'I' : 'B'}-${mention.type}`;
      insideSince = mentionIndex;
    }
    lines.push(`${surface}\t${tag}`);
  }
  if (lines.length > 0 && lines[lines.length - 1] !== '') lines.push('');
  return lines.join('\n');
}
