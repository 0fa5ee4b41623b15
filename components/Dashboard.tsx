import { useEffect, useMemo, useState } from 'preact/hooks';
import { sendToBackground } from '@/lib/messaging/send';
import { KINDS, tagsOf, type Annotation, type AnnotationKind } from '@/lib/annotations/model';
import { useText } from './LanguageRoot';
import { ExportChooser } from './ExportChooser';
import { annotationChoices, exportAnnotations } from './export-annotations';
import { facets, indexAnnotations, NO_FILTERS, search, sourceLink, type SearchEntry, type SearchFilters } from '@/lib/dashboard/search';

function Select({ label, value, options, onChange }: { label: string; value: string | null; options: readonly string[]; onChange(value: string | null): void }) {
  const text = useText();
  return (
    <label>
      {label}
      <select value={value ?? ''} onChange={(event) => onChange(event.currentTarget.value || null)}>
        <option value="">{text('common.all')}</option>
        {options.map((option) => (
          <option key={option} value={option}>
            {option}
          </option>
        ))}
      </select>
    </label>
  );
}

function noteOf(annotation: Annotation): string | null {
  for (const body of annotation.body) if (body.purpose === 'commenting') return body.value;
  return null;
}

/** Every annotation across all pages: search, filter, open, bulk delete with undo. */
export function Dashboard() {
  const text = useText();
  const [entries, setEntries] = useState<SearchEntry[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [filters, setFilters] = useState<SearchFilters>(NO_FILTERS);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [undoable, setUndoable] = useState(0);

  const load = async (): Promise<void> => {
    const reply = await sendToBackground('annotation/list-all', {});
    if (!reply.ok) {
      setError(reply.message);
      return;
    }
    setEntries(indexAnnotations([...reply.value].reverse()));
  };
  useEffect(() => {
    void load();
  }, []);

  const results = useMemo(() => (entries ? search(entries, filters) : []), [entries, filters]);
  const options = useMemo(() => facets(entries ?? []), [entries]);
  // What an export writes: the selected annotations among those shown, or all of those shown when none is selected.
  const chosen = useMemo(
    () => results.filter(({ annotation }) => selected.size === 0 || selected.has(annotation.id)).map(({ annotation }) => annotation),
    [results, selected],
  );
  const update = (change: Partial<SearchFilters>): void => setFilters({ ...filters, ...change });

  const deleteSelected = async (): Promise<void> => {
    const reply = await sendToBackground('annotation/delete-many', { ids: [...selected] });
    if (!reply.ok) {
      setError(reply.message);
      return;
    }
    setUndoable(reply.value);
    setSelected(new Set());
    await load();
  };

  const undo = async (): Promise<void> => {
    for (let i = 0; i < undoable; i++) {
      const reply = await sendToBackground('annotation/undo', {});
      if (!reply.ok) setError(reply.message);
    }
    setUndoable(0);
    await load();
  };

  const toggle = (id: string): void => {
    const next = new Set(selected);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setSelected(next);
  };

  return (
    <main class="dashboard">
      <h1>{text('dashboard.heading')}</h1>
      {error && <p role="alert">{text('dashboard.error', { reason: error })}</p>}
      <div class="filters" role="search">
        <label class="search">
          {text('dashboard.search')}
          <input type="search" value={filters.query} onInput={(event) => update({ query: event.currentTarget.value })} />
        </label>
        <label>
          {text('dashboard.kind')}
          <select value={filters.kind ?? ''} onChange={(event) => update({ kind: (KINDS as readonly string[]).includes(event.currentTarget.value) ? (event.currentTarget.value as AnnotationKind) : null })}>
            <option value="">{text('common.all')}</option>
            {KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {text(`kinds.${kind}`)}
              </option>
            ))}
          </select>
        </label>
        <Select label={text('dashboard.tag')} value={filters.tag} options={options.tags} onChange={(tag) => update({ tag })} />
        <Select label={text('dashboard.site')} value={filters.site} options={options.sites} onChange={(site) => update({ site })} />
        <Select label={text('dashboard.verdict')} value={filters.verdict} options={options.verdicts} onChange={(verdict) => update({ verdict })} />
        <Select label={text('dashboard.entity')} value={filters.entity} options={options.entities} onChange={(entity) => update({ entity })} />
        <label>
          {text('dashboard.from')}
          <input type="date" value={filters.from ?? ''} onInput={(event) => update({ from: event.currentTarget.value || null })} />
        </label>
        <label>
          {text('dashboard.to')}
          <input type="date" value={filters.to ?? ''} onInput={(event) => update({ to: event.currentTarget.value || null })} />
        </label>
      </div>
      <div class="bulk">
        <span role="status">
          {entries === null ? text('common.loading') : text.plural('dashboard.shown', entries.length, { shown: results.length })}
        </span>
        <button type="button" disabled={selected.size === 0} onClick={() => void deleteSelected()}>
          {text('dashboard.deleteSelected', { count: selected.size })}
        </button>
        <ExportChooser
          label={text('dashboard.exportFormat')}
          choices={annotationChoices(text, chosen, { noAnnotations: text('dashboard.nothingShown'), noClaims: text('dashboard.noClaims') })}
          buttonLabel={selected.size > 0 ? text('dashboard.exportSelected', { count: selected.size }) : text('dashboard.exportShown')}
          disabled={chosen.length === 0}
          onExport={(format) => exportAnnotations(text, format, chosen, 'all')}
        />
        {undoable > 0 && (
          <button type="button" onClick={() => void undo()}>
            {text('dashboard.undoDelete')}
          </button>
        )}
      </div>
      <ul class="results" aria-label={text('dashboard.results')}>
        {results.map(({ annotation }) => {
          const note = noteOf(annotation);
          return (
            <li key={annotation.id}>
              <input
                type="checkbox"
                aria-label={text('dashboard.select')}
                aria-describedby={`quote-${annotation.id}`}
                checked={selected.has(annotation.id)}
                onChange={() => toggle(annotation.id)}
              />
              <div>
                <p class="quote" id={`quote-${annotation.id}`}>“{annotation.target.selector[0].exact}”</p>
                {note && <p class="note">{note}</p>}
                <p class="meta">
                  <a href={sourceLink(annotation)} target="_blank" rel="noopener noreferrer">
                    {annotation.target['newslens:title'] ?? annotation.target.source}
                  </a>{' '}
                  · {text.date(new Date(annotation.created), { dateStyle: 'medium', timeStyle: 'short' })} · {text(`kind.${annotation['newslens:kind']}`)}{' '}
                  {tagsOf(annotation).map((tag) => (
                    <span key={tag} class="tag">
                      {tag}
                    </span>
                  ))}
                </p>
              </div>
            </li>
          );
        })}
      </ul>
    </main>
  );
}
