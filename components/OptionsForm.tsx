import { useState } from 'preact/hooks';
import * as v from 'valibot';
import { ENTITY_TYPES, type EntityType } from '@/lib/ner/types';
import { settingsSchema, type Settings } from '@/lib/settings/settings';
import { TYPE_GROUP_LABELS } from './type-labels';

interface Props {
  settings: Settings;
  onSave(settings: Settings): Promise<void>;
}

const lines = (text: string): string[] => text.split('\n').map((line) => line.trim()).filter(Boolean);

/** Where and how NewsLens highlights, and how claims are rated: checked as a whole before anything is saved. */
export function OptionsForm({ settings, onSave }: Props) {
  const [sites, setSites] = useState(settings.disabledSites.join('\n'));
  const [shown, setShown] = useState(settings.shownTypes);
  const [colours, setColours] = useState(settings.colours);
  const [scale, setScale] = useState(settings.ratingScale.join('\n'));
  const [reviewer, setReviewer] = useState(settings.reviewer);
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);

  const submit = async (event: Event): Promise<void> => {
    event.preventDefault();
    const candidate = { ...settings, disabledSites: lines(sites).map((site) => site.toLowerCase()), shownTypes: shown, colours, ratingScale: lines(scale), reviewer };
    const parsed = v.safeParse(settingsSchema, candidate);
    if (!parsed.success) {
      const issue = parsed.issues[0];
      const where = issue.path?.map((item) => String(item.key)).join('.') ?? '';
      setStatus({ ok: false, text: `Not saved — ${where ? `${where}: ` : ''}${issue.message}` });
      return;
    }
    await onSave(parsed.output);
    setStatus({ ok: true, text: 'Saved. Open tabs follow at once.' });
  };

  return (
    <form class="options" onSubmit={(event) => void submit(event)}>
      <fieldset>
        <legend>Where</legend>
        <label>
          Sites where names are not highlighted (one host name per line)
          <textarea rows={4} value={sites} onInput={(event) => setSites(event.currentTarget.value)} />
        </label>
      </fieldset>
      <fieldset>
        <legend>What</legend>
        {ENTITY_TYPES.map((type: EntityType) => (
          <div key={type} class="type-row">
            <label>
              <input type="checkbox" checked={shown[type]} onChange={(event) => setShown({ ...shown, [type]: event.currentTarget.checked })} />
              {TYPE_GROUP_LABELS[type]}
            </label>
            <label>
              <span class="visually-hidden">{TYPE_GROUP_LABELS[type]} colour</span>
              <input type="color" value={colours[type]} onInput={(event) => setColours({ ...colours, [type]: event.currentTarget.value })} />
            </label>
          </div>
        ))}
      </fieldset>
      <fieldset>
        <legend>Fact-checking</legend>
        <label>
          Rating scale, best verdict first (one per line; "Unverifiable" is always offered)
          <textarea rows={6} value={scale} onInput={(event) => setScale(event.currentTarget.value)} />
        </label>
        <label>
          Reviewer name for exported claim reviews
          <input value={reviewer} onInput={(event) => setReviewer(event.currentTarget.value)} />
        </label>
      </fieldset>
      <button type="submit">Save</button>
      {status && (
        <p role={status.ok ? 'status' : 'alert'} class={status.ok ? 'saved' : 'error'}>
          {status.text}
        </p>
      )}
    </form>
  );
}
