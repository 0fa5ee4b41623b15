import { useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { MergeCounts } from '@/lib/annotations/store';
import { describeImportProblem } from '@/lib/i18n/import-problems';
import { fileSizeProblem } from '@/lib/import/limits';
import { previewImport, type ImportPreview } from '@/lib/import/preview';
import type { ImportProblem } from '@/lib/import/problems';
import { readImportFile, type ImportResult } from '@/lib/import/read-file';
import { sendToBackground } from '@/lib/messaging/send';
import type { Settings } from '@/lib/settings/settings';
import { saveSettings } from '@/lib/settings/settings-store';
import { useText } from '../LanguageRoot';
import { ImportPreviewView } from './ImportPreviewView';
import { allAnnotations, messageOf } from './stored-data';

type ReadFile = Extract<ImportResult, { ok: true }>;

/**
 * Where the import stands. Nothing is written before `previewing` → Import: a file that cannot be read is refused
 * whole (`refused`), with lib/import's problem saying what and where, worded when shown so it follows the interface's
 * language; `unreadable` when the browser could not read the file at all (its own words).
 */
type Step =
  | { step: 'idle' }
  | { step: 'reading' }
  | { step: 'refused'; problem: ImportProblem }
  | { step: 'unreadable'; message: string }
  | { step: 'previewing'; fileName: string; file: ReadFile; preview: ImportPreview; restoreSettings: boolean; busy: boolean }
  /** `settings`: what became of a backup's settings the reader chose to restore. */
  | { step: 'imported'; counts: MergeCounts; settings: 'kept' | 'restored' | { failed: string } }
  | { step: 'failed'; message: string };

interface Props {
  /** The store changed: the page reads its annotations again. */
  onImported(): void;
  /** A backup's settings were saved: the settings form shows them. */
  onSettingsRestored(settings: Settings): void;
}

/** The file the reader picked, read and previewed; merged into the store (and its settings saved) only on Import. */
export function ImportAnnotations({ onImported, onSettingsRestored }: Props) {
  const text = useText();
  const input = useRef<HTMLInputElement>(null);
  const [state, setState] = useState<Step>({ step: 'idle' });

  /** Clears the file input (so the same file can be picked again) and gives it the focus back. */
  const resetInput = (): void => {
    if (!input.current) return;
    input.current.value = '';
    input.current.focus();
  };

  const read = async (picked: File | undefined): Promise<void> => {
    if (!picked) return;
    const tooLarge = fileSizeProblem(picked.size);
    if (tooLarge) {
      setState({ step: 'refused', problem: tooLarge });
      return;
    }
    setState({ step: 'reading' });
    try {
      const file = readImportFile(await picked.text(), new Date());
      if (!file.ok) {
        setState({ step: 'refused', problem: file.problem });
        return;
      }
      const stored = new Map((await allAnnotations()).map((annotation) => [annotation.id, annotation.modified]));
      setState({
        step: 'previewing',
        fileName: picked.name,
        file,
        preview: previewImport(file.annotations, stored),
        restoreSettings: file.settings !== null,
        busy: false,
      });
    } catch (error) {
      setState({ step: 'unreadable', message: messageOf(error) });
    }
  };

  const confirm = async (): Promise<void> => {
    if (state.step !== 'previewing') return;
    setState({ ...state, busy: true });
    const reply = await sendToBackground('annotation/merge', { annotations: state.file.annotations }).catch((error: unknown) => ({
      ok: false as const,
      message: messageOf(error),
    }));
    if (!reply.ok) {
      setState({ step: 'failed', message: reply.message });
      resetInput();
      return;
    }
    const settings = state.restoreSettings ? state.file.settings : null;
    let outcome: 'kept' | 'restored' | { failed: string } = 'kept';
    if (settings) {
      try {
        await saveSettings(browser.storage.local, settings);
        onSettingsRestored(settings);
        outcome = 'restored';
      } catch (error) {
        outcome = { failed: messageOf(error) };
      }
    }
    setState({ step: 'imported', counts: reply.value, settings: outcome });
    onImported();
    resetInput();
  };

  const cancel = (): void => {
    setState({ step: 'idle' });
    resetInput();
  };

  return (
    <fieldset>
      <legend>{text('data.import')}</legend>
      <p class="hint" id="import-hint">
        {text('data.importHint')}
      </p>
      <label>
        {text('data.importFile')}
        <input
          ref={input}
          type="file"
          accept=".json,.jsonld,application/json,application/ld+json"
          aria-describedby="import-hint"
          disabled={state.step === 'reading' || (state.step === 'previewing' && state.busy)}
          onChange={(event) => void read(event.currentTarget.files?.[0])}
        />
      </label>
      {state.step === 'reading' && <p role="status">{text('data.reading')}</p>}
      {(state.step === 'refused' || state.step === 'unreadable') && (
        <p role="alert" class="error">
          {text('data.refused', { reason: state.step === 'refused' ? describeImportProblem(state.problem, text) : state.message })}
        </p>
      )}
      {state.step === 'previewing' && (
        <ImportPreviewView
          fileName={state.fileName}
          format={state.file.format}
          preview={state.preview}
          skipped={state.file.skipped}
          hasSettings={state.file.format === 'newslens-backup' ? state.file.settings !== null : null}
          restoreSettings={state.restoreSettings}
          onRestoreSettings={(restoreSettings) => setState({ ...state, restoreSettings })}
          busy={state.busy}
          onImport={() => void confirm()}
          onCancel={cancel}
        />
      )}
      {state.step === 'imported' && (
        <p role="status">
          {text('data.imported', state.counts)}
          {state.settings === 'restored' && ` ${text('data.settingsRestored')}`}
        </p>
      )}
      {state.step === 'imported' && typeof state.settings === 'object' && (
        <p role="alert" class="error">
          {text('data.settingsNotRestored', { reason: state.settings.failed })}
        </p>
      )}
      {state.step === 'failed' && (
        <p role="alert" class="error">
          {text('data.importFailed', { reason: state.message })}
        </p>
      )}
    </fieldset>
  );
}
