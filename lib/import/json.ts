/**
 * JSON.parse with an error a reader can act on: where in the file it went wrong as a line and column (what a text
 * editor shows), not a character offset. Engines word the error differently — V8 says "at position 123" (newer
 * versions add "(line 4 column 12)"), Firefox "at line 4 column 12 of the JSON data", and V8 sometimes quotes the
 * text instead of giving a position — so each form is recognised and read into one `JsonError`, which the import
 * screen words in the reader's language.
 */
import type { ImportProblem, JsonError } from './problems';

export type JsonResult = { ok: true; value: unknown } | { ok: false; problem: ImportProblem };

/** 1-based line and column of the UTF-16 offset `position` in `text`. */
export function lineAndColumn(text: string, position: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, Math.min(position, text.length)));
  const lastBreak = before.lastIndexOf('\n');
  let line = 1;
  for (let at = before.indexOf('\n'); at !== -1; at = before.indexOf('\n', at + 1)) line++;
  return { line, column: before.length - lastBreak };
}

const capitalised = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** Reads an engine's JSON.parse message about `text` into what went wrong (the engine's words) and at which line and column. */
export function describeJsonError(message: string, text: string): JsonError {
  const v8 = /^(.*?)(?: in JSON)? at position (\d+)(?: \(line \d+ column \d+\))?$/s.exec(message);
  if (v8?.[1] !== undefined && v8[2] !== undefined) return { kind: 'syntax', detail: capitalised(v8[1]), at: lineAndColumn(text, Number(v8[2])) };
  const firefox = /^(?:JSON\.parse: )?(.*?) at line (\d+) column (\d+) of the JSON data$/s.exec(message);
  if (firefox?.[1] !== undefined) return { kind: 'syntax', detail: capitalised(firefox[1]), at: { line: Number(firefox[2]), column: Number(firefox[3]) } };
  if (/unexpected end of (JSON )?(input|data)/i.test(message)) return { kind: 'endsEarly', ...lineAndColumn(text, text.length) };
  // V8 without a position: `Unexpected token 'x', "…some text…" is not valid JSON`. The quoted text is dropped (it
  // can be long); no position is guessed, as a wrong line would send the reader to the wrong place.
  const token = /^(Unexpected token '.+?'), ".*" is not valid JSON$/s.exec(message);
  if (token?.[1] !== undefined) return { kind: 'syntax', detail: token[1], at: null };
  return { kind: 'syntax', detail: message.length > 200 ? `${message.slice(0, 200)}…` : message, at: null };
}

/** Parses `text` (a byte-order mark first is ignored, as editors on Windows write one). */
export function parseJson(text: string): JsonResult {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (source.trim() === '') return { ok: false, problem: { kind: 'empty' } };
  try {
    return { ok: true, value: JSON.parse(source) as unknown };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, problem: { kind: 'notJson', error: describeJsonError(message, source) } };
  }
}
