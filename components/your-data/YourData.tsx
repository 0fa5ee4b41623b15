import { useCallback, useEffect, useState } from 'preact/hooks';
import type { Annotation } from '@/lib/annotations/model';
import type { Settings } from '@/lib/settings/settings';
import { useText } from '../LanguageRoot';
import { EraseEverything } from './EraseEverything';
import { ExportEverything } from './ExportEverything';
import { ImportAnnotations } from './ImportAnnotations';
import { allAnnotations, messageOf } from './stored-data';

interface Props {
  /** A backup's settings were restored: the settings form above must show them, not what it was opened with. */
  onSettingsRestored(settings: Settings): void;
}

/** The options page's "Your data": export everything, back up, import (with a preview), erase everything. */
export function YourData({ onSettingsRestored }: Props) {
  const text = useText();
  const [annotations, setAnnotations] = useState<Annotation[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const refresh = useCallback(async (): Promise<void> => {
    try {
      setAnnotations(await allAnnotations());
      setProblem(null);
    } catch (error) {
      setProblem(messageOf(error));
    }
  }, []);

  // Read on opening, and again whenever the reader comes back to this tab (they may have annotated meanwhile).
  useEffect(() => {
    void refresh();
    const onFocus = (): void => void refresh();
    window.addEventListener('focus', onFocus);
    return () => window.removeEventListener('focus', onFocus);
  }, [refresh]);

  return (
    <section class="options your-data" aria-labelledby="your-data-heading">
      <h2 id="your-data-heading">{text('data.heading')}</h2>
      <p class="hint">{text('data.intro')}</p>
      {annotations && <p>{text.plural('data.count', annotations.length)}</p>}
      {problem && (
        <p role="alert" class="error">
          {text('data.loadFailed', { reason: problem })}
        </p>
      )}
      <ExportEverything annotations={annotations ?? []} />
      <ImportAnnotations onImported={() => void refresh()} onSettingsRestored={onSettingsRestored} />
      <EraseEverything count={annotations?.length ?? null} refresh={refresh} />
    </section>
  );
}
