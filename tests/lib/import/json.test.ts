import { describe, expect, it } from 'vitest';
import { describeJsonError, lineAndColumn, parseJson } from '@/lib/import/json';

describe('JSON errors', () => {
  const text = '[\n  {"a": 1},\n  {"b": 2,}\n]';
  const comma = text.indexOf(',}') + 1;

  it('counts lines and columns from 1', () => {
    expect(lineAndColumn(text, 0)).toEqual({ line: 1, column: 1 });
    expect(lineAndColumn(text, 2)).toEqual({ line: 2, column: 1 });
    expect(lineAndColumn(text, comma)).toEqual({ line: 3, column: 11 });
  });

  it("reads each engine's wording into what went wrong and a line and column", () => {
    const property = { kind: 'syntax', detail: 'Expected double-quoted property name', at: { line: 3, column: 11 } };
    expect(describeJsonError(`Expected double-quoted property name in JSON at position ${comma}`, text)).toEqual(property);
    expect(describeJsonError(`Expected double-quoted property name in JSON at position ${comma} (line 3 column 11)`, text)).toEqual(property);
    expect(describeJsonError('JSON.parse: expected double-quoted property name at line 3 column 11 of the JSON data', text)).toEqual(property);
    expect(describeJsonError('Unexpected end of JSON input', '[1,\n2')).toEqual({ kind: 'endsEarly', line: 2, column: 2 });
    expect(describeJsonError(`Unexpected token 'N', "Not JSON at all" is not valid JSON`, 'Not JSON at all')).toEqual({ kind: 'syntax', detail: "Unexpected token 'N'", at: null });
  });

  it('parses what the engine parses', () => {
    expect(parseJson(text)).toMatchObject({ ok: false, problem: { kind: 'notJson', error: { kind: 'syntax', at: { line: 3, column: 11 } } } });
    expect(parseJson('{"a": [1, 2]}')).toEqual({ ok: true, value: { a: [1, 2] } });
  });
});
