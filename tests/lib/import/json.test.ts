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

  it("rewrites each engine's wording into a line and column", () => {
    expect(describeJsonError(`Expected double-quoted property name in JSON at position ${comma}`, text)).toBe(
      'Expected double-quoted property name at line 3, column 11',
    );
    expect(describeJsonError(`Expected double-quoted property name in JSON at position ${comma} (line 3 column 11)`, text)).toBe(
      'Expected double-quoted property name at line 3, column 11',
    );
    expect(describeJsonError('JSON.parse: expected double-quoted property name at line 3 column 11 of the JSON data', text)).toBe(
      'Expected double-quoted property name at line 3, column 11',
    );
    expect(describeJsonError('Unexpected end of JSON input', '[1,\n2')).toBe('The file ends too early, at line 2, column 2');
    expect(describeJsonError(`Unexpected token 'N', "Not JSON at all" is not valid JSON`, 'Not JSON at all')).toBe("Unexpected token 'N'");
  });

  it('parses what the engine parses', () => {
    expect(parseJson(text)).toMatchObject({ ok: false, message: expect.stringMatching(/^Not JSON: .* at line 3, column 11$/) });
    expect(parseJson('{"a": [1, 2]}')).toEqual({ ok: true, value: { a: [1, 2] } });
  });
});
