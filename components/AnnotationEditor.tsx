import { useState } from 'preact/hooks';
import { UNVERIFIABLE, type EditorInput } from '@/lib/annotations/compose';
import { ENTITY_TYPES, type EntityType } from '@/lib/ner/types';

interface Props {
  kind: 'note' | 'claim' | 'entity';
  /** The reader's rating scale, best first. */
  scale: readonly string[];
  quote: string;
  /** Why the last save failed, in the reader's words. */
  error: string | null;
  onSave(input: EditorInput): void;
  onCancel(): void;
}

/** The editor for a note, a fact-check claim or an entity correction on the quoted text. */
export function AnnotationEditor({ kind, scale, quote, error, onSave, onCancel }: Props) {
  const [note, setNote] = useState('');
  const [tags, setTags] = useState('');
  const [verdict, setVerdict] = useState<string>(UNVERIFIABLE);
  const [explanation, setExplanation] = useState('');
  const [evidence, setEvidence] = useState('');
  const [claimant, setClaimant] = useState('');
  const [entityType, setEntityType] = useState<EntityType | 'NOT_AN_ENTITY'>('PER');
  const [entityId, setEntityId] = useState('');

  const submit = (event: Event): void => {
    event.preventDefault();
    if (kind === 'note') onSave({ kind, note, tags });
    else if (kind === 'claim') onSave({ kind, verdict, scale, explanation, evidence, claimant, tags });
    else onSave({ kind, entityType, entityId, tags });
  };

  const titles = { note: 'Note', claim: 'Rate this claim', entity: 'Correct the entity' } as const;
  return (
    <form class="editor" onSubmit={submit} aria-label={titles[kind]}>
      <h1>{titles[kind]}</h1>
      <blockquote>{quote.length > 200 ? `${quote.slice(0, 200)}…` : quote}</blockquote>
      {kind === 'note' && (
        <label>
          Note (private: stays in the extension)
          <textarea value={note} onInput={(event) => setNote(event.currentTarget.value)} rows={5} autoFocus />
        </label>
      )}
      {kind === 'claim' && (
        <>
          <label>
            Verdict
            <select value={verdict} onChange={(event) => setVerdict(event.currentTarget.value)}>
              {[...scale, UNVERIFIABLE].map((option) => (
                <option key={option} value={option}>
                  {option}
                </option>
              ))}
            </select>
          </label>
          <label>
            Claimant
            <input value={claimant} onInput={(event) => setClaimant(event.currentTarget.value)} />
          </label>
          <label>
            Explanation
            <textarea value={explanation} onInput={(event) => setExplanation(event.currentTarget.value)} rows={4} />
          </label>
          <label>
            Evidence (one URL per line)
            <textarea value={evidence} onInput={(event) => setEvidence(event.currentTarget.value)} rows={2} />
          </label>
        </>
      )}
      {kind === 'entity' && (
        <>
          <label>
            Type
            <select value={entityType} onChange={(event) => setEntityType(event.currentTarget.value as EntityType | 'NOT_AN_ENTITY')}>
              {ENTITY_TYPES.map((type) => (
                <option key={type} value={type}>
                  {type}
                </option>
              ))}
              <option value="NOT_AN_ENTITY">Not a name</option>
            </select>
          </label>
          <label>
            Knowledge-base id (optional, e.g. per:xi-jinping)
            <input value={entityId} onInput={(event) => setEntityId(event.currentTarget.value)} />
          </label>
        </>
      )}
      <label>
        Tags (comma separated)
        <input value={tags} onInput={(event) => setTags(event.currentTarget.value)} />
      </label>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <div class="actions">
        <button type="submit">Save</button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
