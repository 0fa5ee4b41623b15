/**
 * Message templates with named placeholders, `"Mention {index} of {count}"`. The types read the placeholders out of
 * the reference (English) text, so a call that forgets or misspells a value does not compile; the unit tests check
 * that every translation has the same placeholders as its reference.
 */

/** The placeholder names in a template literal type: "{a} of {b}" → "a" | "b". */
export type PlaceholdersOf<S extends string> = S extends `${string}{${infer Name}}${infer Rest}` ? Name | PlaceholdersOf<Rest> : never;

/** The values a template needs, or nothing at all when it has no placeholder. */
export type ValuesFor<S extends string> = [PlaceholdersOf<S>] extends [never] ? [] : [values: Record<PlaceholdersOf<S>, string | number>];

const PLACEHOLDER = /\{([A-Za-z][A-Za-z0-9]*)\}/g;

/** The placeholder names a template uses, sorted and each once (for the dictionaries' tests). */
export function placeholdersIn(template: string): string[] {
  return [...new Set([...template.matchAll(PLACEHOLDER)].map((match) => match[1] ?? ''))].sort();
}

/**
 * Puts the values in. The result is plain text for a text node or an attribute, never HTML, so a value from a page
 * (a site's name, a quote) needs no escaping; a placeholder without a value stays visible rather than vanishing.
 */
export function fillTemplate(template: string, values: Readonly<Record<string, string | number>> = {}): string {
  return template.replace(PLACEHOLDER, (whole, name: string) => {
    const value = values[name];
    return value === undefined ? whole : String(value);
  });
}
