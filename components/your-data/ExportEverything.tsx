import { useState } from 'preact/hooks';
import type { Annotation } from '@/lib/annotations/model';
import { useText } from '../LanguageRoot';
import { ExportChooser } from '../ExportChooser';
import { annotationChoices, exportAnnotations } from '../export-annotations';
import { allAnnotations, downloadBackup, messageOf } from './stored-data';

type Outcome = { ok: true; fileName: string } | { ok: false; message: string };

interface Props {
  /** The annotations as last read, to tell which formats have anything to write; the export reads them afresh. */
  annotations: readonly Annotation[];
}

/** Every annotation in one of the export formats, and the backup of everything (annotations and settings). */
export function ExportEverything({ annotations }: Props) {
  const text = useText();
  const [backup, setBackup] = useState<Outcome | null>(null);
  const [backingUp, setBackingUp] = useState(false);

  const backUp = async (): Promise<void> => {
    setBackingUp(true);
    setBackup(null);
    try {
      setBackup({ ok: true, fileName: await downloadBackup() });
    } catch (error) {
      setBackup({ ok: false, message: messageOf(error) });
    } finally {
      setBackingUp(false);
    }
  };

  return (
    <fieldset>
      <legend>{text('data.export')}</legend>
      <ExportChooser
        label={text('data.exportFormat')}
        choices={annotationChoices(text, annotations, { noAnnotations: text('data.noAnnotations'), noClaims: text('data.noClaims') })}
        buttonLabel={text('data.exportButton')}
        onExport={async (format) => exportAnnotations(text, format, await allAnnotations(), 'all')}
      />
      <p class="hint" id="backup-hint">
        {text('data.backupHint')}
      </p>
      <button type="button" aria-describedby="backup-hint" disabled={backingUp} onClick={() => void backUp()}>
        {text('data.backup')}
      </button>
      {backup?.ok === true && <p role="status">{text('data.backedUp', { file: backup.fileName })}</p>}
      {backup?.ok === false && (
        <p role="alert" class="error">
          {text('data.backupFailed', { reason: backup.message })}
        </p>
      )}
    </fieldset>
  );
}
