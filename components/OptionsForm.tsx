import { useState } from 'preact/hooks';
import * as v from 'valibot';
import { ENTITY_TYPES, type EntityType } from '@/lib/ner/types';
import { INTERFACE_LANGUAGES, settingsSchema, type InterfaceLanguage, type Settings } from '@/lib/settings/settings';
import { LANGUAGE_NAMES } from '@/lib/i18n/languages';
import type { PageText } from '@/lib/i18n/pages';
import { describeSettingsIssue, type ListField } from '@/lib/i18n/settings-problems';
import { useText } from './LanguageRoot';

interface Props {
  settings: Settings;
  onSave(settings: Settings): Promise<void>;
}

interface TypedLine {
  value: string;
  /** 1-based, as the reader counts the textarea's lines. */
  line: number;
}

/** A textarea's non-blank lines, trimmed, each with the line it was typed on so a problem can point at it. */
function typedLines(text: string): TypedLine[] {
  return text
    .split('\n')
    .map((value, index) => ({ value: value.trim(), line: index + 1 }))
    .filter(({ value }) => value !== '');
}

const isInterfaceLanguage = (value: string): value is InterfaceLanguage => (INTERFACE_LANGUAGES as readonly string[]).includes(value);

/**
 * What the form last said: kept as a function of the text, so "Saved" is shown in the language just chosen (the
 * page redraws in it at once).
 */
type Status = { ok: boolean; say(text: PageText): string };

/** Where and how NewsLens reads and highlights, its language, and how claims are rated: checked as a whole before anything is saved. */
export function OptionsForm({ settings, onSave }: Props) {
  const text = useText();
  const [language, setLanguage] = useState(settings.interfaceLanguage);
  const [articleMarkup, setArticleMarkup] = useState(settings.runOnArticleMarkup);
  const [newsSites, setNewsSites] = useState(settings.newsSites.join('\n'));
  const [disabledSites, setDisabledSites] = useState(settings.disabledSites.join('\n'));
  const [shown, setShown] = useState(settings.shownTypes);
  const [colours, setColours] = useState(settings.colours);
  const [scale, setScale] = useState(settings.ratingScale.join('\n'));
  const [reviewer, setReviewer] = useState(settings.reviewer);
  const [reviewSite, setReviewSite] = useState(settings.reviewSite);
  const [status, setStatus] = useState<Status | null>(null);

  const submit = async (event: Event): Promise<void> => {
    event.preventDefault();
    const typed: Record<ListField, TypedLine[]> = { newsSites: typedLines(newsSites), disabledSites: typedLines(disabledSites), ratingScale: typedLines(scale) };
    const candidate = {
      ...settings,
      interfaceLanguage: language,
      runOnArticleMarkup: articleMarkup,
      newsSites: typed.newsSites.map(({ value }) => value),
      disabledSites: typed.disabledSites.map(({ value }) => value.toLowerCase()),
      shownTypes: shown,
      colours,
      ratingScale: typed.ratingScale.map(({ value }) => value),
      reviewer,
      reviewSite: reviewSite.trim(),
    };
    const parsed = v.safeParse(settingsSchema, candidate);
    if (!parsed.success) {
      const issue = parsed.issues[0];
      const lineOf = (field: ListField, index: number): number => typed[field][index]?.line ?? index + 1;
      setStatus({ ok: false, say: (current) => current('options.notSaved', { problem: describeSettingsIssue(issue, current, lineOf) }) });
      return;
    }
    await onSave(parsed.output);
    setStatus({ ok: true, say: (current) => current('options.saved') });
  };

  return (
    <form class="options" onSubmit={(event) => void submit(event)}>
      <fieldset>
        <legend>{text('options.language')}</legend>
        <label>
          {text('options.languageField')}
          <select value={language} onChange={(event) => isInterfaceLanguage(event.currentTarget.value) && setLanguage(event.currentTarget.value)}>
            <option value="auto">{text('options.languageAuto')}</option>
            <option value="vi" lang="vi">
              {LANGUAGE_NAMES.vi}
            </option>
            <option value="en" lang="en">
              {LANGUAGE_NAMES.en}
            </option>
          </select>
        </label>
      </fieldset>
      <fieldset>
        <legend>{text('options.where')}</legend>
        <label class="check">
          <input type="checkbox" checked={articleMarkup} onChange={(event) => setArticleMarkup(event.currentTarget.checked)} />
          {text('options.articleMarkup')}
        </label>
        <label>
          {text('options.newsSites')}
          <textarea rows={6} value={newsSites} onInput={(event) => setNewsSites(event.currentTarget.value)} spellcheck={false} />
        </label>
        <p class="hint">{text('options.elsewhere')}</p>
        <label>
          {text('options.disabledSites')}
          <textarea rows={4} value={disabledSites} onInput={(event) => setDisabledSites(event.currentTarget.value)} spellcheck={false} />
        </label>
      </fieldset>
      <fieldset>
        <legend>{text('options.what')}</legend>
        {ENTITY_TYPES.map((type: EntityType) => (
          <div key={type} class="type-row">
            <label>
              <input type="checkbox" checked={shown[type]} onChange={(event) => setShown({ ...shown, [type]: event.currentTarget.checked })} />
              {text(`entityGroup.${type}`)}
            </label>
            <label>
              <span class="visually-hidden">{text('options.colour', { type: text(`entityGroup.${type}`) })}</span>
              <input type="color" value={colours[type]} onInput={(event) => setColours({ ...colours, [type]: event.currentTarget.value })} />
            </label>
          </div>
        ))}
      </fieldset>
      <fieldset>
        <legend>{text('options.factChecking')}</legend>
        <label>
          {text('options.scale')}
          <textarea rows={6} value={scale} onInput={(event) => setScale(event.currentTarget.value)} />
        </label>
        <label>
          {text('options.reviewer')}
          <input value={reviewer} onInput={(event) => setReviewer(event.currentTarget.value)} />
        </label>
        <label>
          {text('options.reviewSite')}
          <input type="url" value={reviewSite} placeholder="https://" onInput={(event) => setReviewSite(event.currentTarget.value)} />
        </label>
      </fieldset>
      <button type="submit">{text('common.save')}</button>
      {status && (
        <p role={status.ok ? 'status' : 'alert'} class={status.ok ? 'saved' : 'error'}>
          {status.say(text)}
        </p>
      )}
    </form>
  );
}
