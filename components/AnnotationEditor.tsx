import { useState } from 'preact/hooks';
import { UNVERIFIABLE, type EditorInput } from '@/lib/annotations/compose';
import { ENTITY_TYPES, type EntityType } from '@/lib/ner/types';
import { useText } from './LanguageRoot';

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
  const text = useText();

  const submit = (event: Event): void => {
    event.preventDefault();
    if (kind === 'note') onSave({ kind, note, tags });
    else if (kind === 'claim') onSave({ kind, verdict, scale, explanation, evidence, claimant, tags });
    else onSave({ kind, entityType, entityId, tags });
  };

  const title = text(`editor.${kind}`);
  return (
    <form class="editor" onSubmit={submit} aria-label={title}>
      <h1>{title}</h1>
      <blockquote>{quote.length > 200 ? `${quote.slice(0, 200)}…` : quote}</blockquote>
      {kind === 'note' && (
        <label>
          {text('editor.noteField')}
          <textarea value={note} onInput={(event) => setNote(event.currentTarget.value)} rows={5} autoFocus />
        </label>
      )}
      {kind === 'claim' && (
        <>
          <label>
            {text('editor.verdict')}
            <select value={verdict} onChange={(event) => setVerdict(event.currentTarget.value)}>
              {scale.map((option) => (
                <option key={option} value={option}>
                  {option}
                </option>
              ))}
              {/* Saved as "Unverifiable" whatever the language, like the reader's own verdicts, which are data. */}
              <option value={UNVERIFIABLE}>{text('editor.unverifiable')}</option>
            </select>
          </label>
          <label>
            {text('editor.claimant')}
            <input value={claimant} onInput={(event) => setClaimant(event.currentTarget.value)} />
          </label>
          <label>
            {text('editor.explanation')}
            <textarea value={explanation} onInput={(event) => setExplanation(event.currentTarget.value)} rows={3} />
          </label>
          <label>
            {text('editor.evidence')}
            <textarea value={evidence} onInput={(event) => setEvidence(event.currentTarget.value)} rows={2} />
          </label>
        </>
      )}
      {kind === 'entity' && (
        <>
          <label>
            {text('editor.type')}
            <select value={entityType} onChange={(event) => setEntityType(event.currentTarget.value as EntityType | 'NOT_AN_ENTITY')}>
              {ENTITY_TYPES.map((type) => (
                <option key={type} value={type}>
                  {text(`entity.${type}`)}
                </option>
              ))}
              <option value="NOT_AN_ENTITY">{text('editor.notAName')}</option>
            </select>
          </label>
          <label>
            {text('editor.entityId')}
            <input value={entityId} onInput={(event) => setEntityId(event.currentTarget.value)} />
          </label>
        </>
      )}
      <label>
        {text('editor.tags')}
        <input value={tags} onInput={(event) => setTags(event.currentTarget.value)} />
      </label>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <div class="actions">
        <button type="submit">{text('common.save')}</button>
        <button type="button" onClick={onCancel}>
          {text('common.cancel')}
        </button>
      </div>
    </form>
  );
}
