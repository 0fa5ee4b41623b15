import { createContext, type ComponentChildren } from 'preact';
import { useContext, useEffect, useMemo, useState } from 'preact/hooks';
import type { UiLanguage } from '@/lib/i18n/languages';
import { pageText, type PageText } from '@/lib/i18n/pages';
import { readInterfaceLanguage, watchInterfaceLanguage } from './interface-language';

const TextContext = createContext<PageText>(pageText('en'));

/** The extension page's text in the reader's interface language. */
export function useText(): PageText {
  return useContext(TextContext);
}

/** The pages' titles, as the browser shows them in its tab strip and history. */
export type TitleKey = 'popup.title' | 'dashboard.title' | 'options.title' | 'editor.title';

interface Props {
  title: TitleKey;
  children: ComponentChildren;
}

/**
 * Draws an extension page in the reader's interface language once it is known, and again at once when the setting
 * changes (the options page saving it, or another page): nothing is shown in a wrong language first.
 */
export function LanguageRoot({ title, children }: Props) {
  const [language, setLanguage] = useState<UiLanguage | null>(null);
  useEffect(() => {
    const stop = watchInterfaceLanguage(setLanguage);
    void readInterfaceLanguage()
      .catch(() => 'en' as const)
      .then((read) => setLanguage((known) => known ?? read));
    return stop;
  }, []);
  const text = useMemo(() => (language ? pageText(language) : null), [language]);
  useEffect(() => {
    if (!text) return;
    document.documentElement.lang = text.language;
    document.title = text(title);
  }, [text, title]);
  return text ? <TextContext.Provider value={text}>{children}</TextContext.Provider> : null;
}
