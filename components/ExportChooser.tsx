import { useState } from 'preact/hooks';
import { useText } from './LanguageRoot';

export interface ExportChoice<F extends string> {
  format: F;
  label: string;
  /** Why this format cannot be chosen now ("no claims on this page"), or null when it can. */
  unavailable: string | null;
}

interface Props<F extends string> {
  /** The format list's label. */
  label: string;
  choices: ReadonlyArray<ExportChoice<F>>;
  buttonLabel: string;
  disabled?: boolean;
  /** Writes the file; resolves to its name, or rejects with a message the reader can act on. */
  onExport(format: F): Promise<string>;
}

type Outcome = { ok: true; fileName: string } | { ok: false; message: string };

/**
 * A format list and one export button, shared by the popup, the dashboard and the options page. A format that has
 * nothing to write stays in the list, disabled, with the reason in its own words, so the reader learns why rather
 * than wondering where it went.
 */
export function ExportChooser<F extends string>({ label, choices, buttonLabel, disabled = false, onExport }: Props<F>) {
  const text = useText();
  const [picked, setPicked] = useState<F | null>(null);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  // The reader's pick while it can be made, else the first format that can.
  const available = choices.filter((choice) => choice.unavailable === null);
  const format = available.find((choice) => choice.format === picked)?.format ?? available[0]?.format ?? null;

  const choiceOf = (value: string): F | null => choices.find((choice) => choice.format === value)?.format ?? null;

  const run = async (): Promise<void> => {
    if (format === null) return;
    setBusy(true);
    setOutcome(null);
    try {
      setOutcome({ ok: true, fileName: await onExport(format) });
    } catch (error) {
      setOutcome({ ok: false, message: error instanceof Error ? error.message : String(error) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div class="export-chooser">
      <label>
        {label}
        <select value={format ?? choices[0]?.format ?? ''} disabled={disabled || format === null} onChange={(event) => setPicked(choiceOf(event.currentTarget.value))}>
          {choices.map((choice) => (
            <option key={choice.format} value={choice.format} disabled={choice.unavailable !== null}>
              {choice.unavailable === null ? choice.label : text('export.unavailable', { format: choice.label, reason: choice.unavailable })}
            </option>
          ))}
        </select>
      </label>
      <button type="button" disabled={disabled || busy || format === null} onClick={() => void run()}>
        {buttonLabel}
      </button>
      {outcome?.ok === true && <p role="status">{text('export.done', { file: outcome.fileName })}</p>}
      {outcome?.ok === false && (
        <p role="alert" class="error">
          {text('export.failed', { reason: outcome.message })}
        </p>
      )}
    </div>
  );
}
