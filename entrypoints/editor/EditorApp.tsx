import { useEffect, useState } from 'preact/hooks';
import { AnnotationEditor } from '@/components/AnnotationEditor';
import { composeAnnotation, type EditorInput } from '@/lib/annotations/compose';
import type { Annotation, AnnotationTarget } from '@/lib/annotations/model';
import { sendToBackground } from '@/lib/messaging/send';
import { browser } from 'wxt/browser';
import { DEFAULT_SETTINGS } from '@/lib/settings/settings';
import { loadSettings } from '@/lib/settings/settings-store';
import { useText } from '@/components/LanguageRoot';

type Draft = { kind: 'note' | 'claim' | 'entity'; target: AnnotationTarget };

/**
 * The editor, loaded in an iframe over the article: an extension page, so what the reader types here never enters
 * the page's DOM, and the page cannot read or script it.
 */
export function EditorApp() {
  const text = useText();
  const draftId = new URLSearchParams(location.search).get('draft') ?? '';
  const [draft, setDraft] = useState<Draft | null | 'missing'>(null);
  const [error, setError] = useState<string | null>(null);
  const [scale, setScale] = useState<readonly string[]>(DEFAULT_SETTINGS.ratingScale);

  useEffect(() => {
    void sendToBackground('annotation/draft-get', { draftId }).then((found) => setDraft(found ?? 'missing'));
    void loadSettings(browser.storage.local).then((settings) => setScale(settings.ratingScale));
  }, [draftId]);

  const finish = (annotation: Annotation | null): void => {
    void sendToBackground('editor/done', { draftId, annotation });
  };

  // The first field gets the focus once the frame has it: autofocus does not work in a frame the page embeds.
  useEffect(() => {
    const focusFirstField = (): void => {
      if (!document.querySelector('form :focus')) document.querySelector<HTMLElement>('form textarea, form select, form input')?.focus();
    };
    if (document.hasFocus()) focusFirstField();
    window.addEventListener('focus', focusFirstField);
    return () => window.removeEventListener('focus', focusFirstField);
  }, [draft]);

  // Escape anywhere in the editor cancels it, as in any dialog; nothing typed is saved.
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.key === 'Escape') finish(null);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [draftId]);

  const save = async (input: EditorInput): Promise<void> => {
    if (!draft || draft === 'missing') return;
    const annotation = composeAnnotation(input, draft.target, `urn:uuid:${crypto.randomUUID()}`, new Date());
    const reply = await sendToBackground('annotation/save', { annotation });
    if (!reply.ok) {
      setError(text('common.notSaved', { reason: reply.message }));
      return;
    }
    finish(reply.value);
  };

  // One main landmark whatever the state, so the frame is a page a screen reader can find its way in.
  if (draft === null) {
    return (
      <main>
        <p class="muted">{text('common.loading')}</p>
      </main>
    );
  }
  if (draft === 'missing') {
    return (
      <main class="editor">
        <h1>{text('editor.title')}</h1>
        <p role="alert">
          {text('editor.expired')}{' '}
          <button type="button" onClick={() => finish(null)}>
            {text('common.close')}
          </button>
        </p>
      </main>
    );
  }
  return (
    <main>
      <AnnotationEditor
        kind={draft.kind}
        scale={scale}
        quote={draft.target.selector[0].exact}
        error={error}
        onSave={(input) => void save(input)}
        onCancel={() => finish(null)}
      />
    </main>
  );
}
