import { useEffect, useRef, useState } from 'preact/hooks';
import { sendToBackground } from '@/lib/messaging/send';
import { useText } from '../LanguageRoot';
import { downloadBackup, messageOf } from './stored-data';

type Outcome = { kind: 'erased'; count: number } | { kind: 'backedUp'; fileName: string } | { kind: 'failed'; message: string };

interface Props {
  /** Annotations in the store as last read; null while reading. */
  count: number | null;
  /** Reads the store again (before the confirmation shows how many will go, and after erasing). */
  refresh(): Promise<void>;
}

/**
 * Erasing every annotation, behind an inline confirmation that says how many will go, offers a backup right there,
 * and needs a second, deliberate step (ticking "I have a backup") before its button works. The settings are never
 * touched: the store's erase only clears annotations and their undo log.
 */
export function EraseEverything({ count, refresh }: Props) {
  const text = useText();
  const [open, setOpen] = useState(false);
  const [confirmed, setConfirmed] = useState(false);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const warning = useRef<HTMLParagraphElement>(null);

  const wasOpen = useRef(false);
  // Focus follows the confirmation: onto its warning as it opens, back to the button that opened it as it closes.
  useEffect(() => {
    if (open) warning.current?.focus();
    else if (wasOpen.current) opener.current?.focus();
    wasOpen.current = open;
  }, [open]);

  const show = async (): Promise<void> => {
    setOutcome(null);
    setConfirmed(false);
    await refresh();
    setOpen(true);
  };

  const close = (): void => setOpen(false);

  const backUp = async (): Promise<void> => {
    setBusy(true);
    try {
      setOutcome({ kind: 'backedUp', fileName: await downloadBackup() });
    } catch (error) {
      setOutcome({ kind: 'failed', message: text('data.backupFailed', { reason: messageOf(error) }) });
    } finally {
      setBusy(false);
    }
  };

  const erase = async (): Promise<void> => {
    setBusy(true);
    const reply = await sendToBackground('annotation/erase-all', {}).catch((error: unknown) => ({ ok: false as const, message: messageOf(error) }));
    setBusy(false);
    if (!reply.ok) {
      setOutcome({ kind: 'failed', message: text('data.eraseFailed', { reason: reply.message }) });
      return;
    }
    setOutcome({ kind: 'erased', count: reply.value });
    close();
    await refresh();
  };

  return (
    <fieldset>
      <legend>{text('data.erase')}</legend>
      <p class="hint">{text('data.eraseHint')}</p>
      <button type="button" ref={opener} aria-expanded={open} aria-controls="erase-confirmation" disabled={busy} onClick={() => void show()}>
        {text('data.eraseOpen')}
      </button>
      {open && (
        <div id="erase-confirmation" class="erase-confirmation" role="group" aria-label={text('data.erase')}>
          {count === 0 ? (
            <p tabIndex={-1} ref={warning}>
              {text('data.nothingToErase')}
            </p>
          ) : (
            <>
              <p tabIndex={-1} ref={warning} class="warning">
                {text.plural('data.eraseWarning', count ?? 0)}
              </p>
              <button type="button" disabled={busy} onClick={() => void backUp()}>
                {text('data.backupFirst')}
              </button>
              <label class="check">
                <input type="checkbox" checked={confirmed} onChange={(event) => setConfirmed(event.currentTarget.checked)} />
                {text('data.haveBackup')}
              </label>
            </>
          )}
          <div class="actions">
            {count !== 0 && (
              <button type="button" class="danger" disabled={!confirmed || busy || count === null} onClick={() => void erase()}>
                {text.plural('data.eraseConfirm', count ?? 0)}
              </button>
            )}
            <button type="button" disabled={busy} onClick={close}>
              {text('common.cancel')}
            </button>
          </div>
        </div>
      )}
      {outcome?.kind === 'erased' && <p role="status">{text.plural('data.erased', outcome.count)}</p>}
      {outcome?.kind === 'backedUp' && <p role="status">{text('data.backedUp', { file: outcome.fileName })}</p>}
      {outcome?.kind === 'failed' && (
        <p role="alert" class="error">
          {outcome.message}
        </p>
      )}
    </fieldset>
  );
}
