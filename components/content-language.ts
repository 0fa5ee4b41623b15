/**
 * The interface language for what the content script shows (card, toolbar, editor frame). Read on first use only,
 * so a page where the reader never hovers a name or selects text never reads it, then kept current: a change in
 * the options applies the next time the card or toolbar is drawn.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { UiLanguage } from '@/lib/i18n/languages';
import { readInterfaceLanguage, watchInterfaceLanguage } from './interface-language';

let current: Promise<UiLanguage> | null = null;

export function contentLanguage(ctx: ContentScriptContext): Promise<UiLanguage> {
  if (!current) {
    current = readInterfaceLanguage().catch(() => 'en' as const);
    const stop = watchInterfaceLanguage((language) => {
      current = Promise.resolve(language);
    });
    ctx.onInvalidated(stop);
  }
  return current;
}
