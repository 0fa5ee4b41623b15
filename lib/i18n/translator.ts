/**
 * A translator: looks a key up in one language's dictionary and fills its placeholders. Typed by the reference
 * (English) dictionary, so keys and placeholder values are checked at compile time in every caller.
 */
import { localeOf, type UiLanguage } from './languages';
import { fillTemplate, type PlaceholdersOf, type ValuesFor } from './template';

export type Dictionary = Readonly<Record<string, string>>;

type KeyOf<D extends Dictionary> = keyof D & string;

/** Keys that come as a pair `base_one` / `base_other`, chosen by the count's plural category. */
export type PluralBase<K extends string> = { [P in K]: P extends `${infer Base}_other` ? (`${Base}_one` extends K ? Base : never) : never }[K];

type PluralValues<S extends string> = [Exclude<PlaceholdersOf<S>, 'count'>] extends [never]
  ? []
  : [values: Record<Exclude<PlaceholdersOf<S>, 'count'>, string | number>];

export interface Translate<D extends Dictionary> {
  <K extends KeyOf<D>>(key: K, ...values: ValuesFor<D[K]>): string;
  /** "1 mention" / "2 mentions": the count fills `{count}`; Vietnamese has one form, English two. */
  plural<B extends PluralBase<KeyOf<D>>>(base: B, count: number, ...values: PluralValues<D[`${B}_other`]>): string;
  /** A date (or date and time) in the interface's language. */
  date(value: Date, options?: Intl.DateTimeFormatOptions): string;
  readonly language: UiLanguage;
  /** The BCP 47 locale for `Intl` and the `lang` attribute of what is shown. */
  readonly locale: string;
}

/**
 * `dictionary` holds the language's text for every key of the reference `D` (its type makes a missing key a compile
 * error in the dictionary's own file). A key missing at run time anyway shows the key, never a blank.
 */
export function createTranslator<D extends Dictionary>(dictionary: Readonly<Record<KeyOf<D>, string>>, language: UiLanguage): Translate<D> {
  const locale = localeOf(language);
  const lookup = (key: string): string => (dictionary as Readonly<Record<string, string | undefined>>)[key] ?? key;
  const rules = new Intl.PluralRules(locale);
  const translate = (key: string, values?: Readonly<Record<string, string | number>>): string => fillTemplate(lookup(key), values);
  const plural = (base: string, count: number, values?: Readonly<Record<string, string | number>>): string => {
    const category = rules.select(count);
    const key = category === 'one' && `${base}_one` in dictionary ? `${base}_one` : `${base}_other`;
    return fillTemplate(lookup(key), { ...values, count: count.toLocaleString(locale) });
  };
  const date = (value: Date, options?: Intl.DateTimeFormatOptions): string => new Intl.DateTimeFormat(locale, options).format(value);
  return Object.assign(translate, { plural, date, language, locale }) as Translate<D>;
}
