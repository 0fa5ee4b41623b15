import { useText } from './LanguageRoot';
import { ENTITY_TYPES, type EntityType } from '@/lib/ner/types';
import type { Settings } from '@/lib/settings/settings';

interface Props {
  settings: Settings;
  /** The page's host name, or null where the extension cannot run (browser pages). */
  site: string | null;
  siteEnabled: boolean;
  onSiteChange(enabled: boolean): void;
  onTypeChange(type: EntityType, shown: boolean): void;
}

/** Where and what to highlight; changes apply at once to every open tab. */
export function DisplaySettings({ settings, site, siteEnabled, onSiteChange, onTypeChange }: Props) {
  const text = useText();
  return (
    <fieldset class="display-settings">
      <legend class="visually-hidden">{text('display.legend')}</legend>
      {site && (
        <label class="toggle">
          <input type="checkbox" checked={siteEnabled} onChange={(event) => onSiteChange(event.currentTarget.checked)} />
          {text('display.site', { site })}
        </label>
      )}
      <div class="type-toggles" role="group" aria-label={text('display.types')}>
        {ENTITY_TYPES.map((type) => (
          <label key={type} class={`type-toggle type-toggle-${type.toLowerCase()}`}>
            <input
              type="checkbox"
              checked={settings.shownTypes[type]}
              onChange={(event) => onTypeChange(type, event.currentTarget.checked)}
            />
            {text(`entityGroup.${type}`)}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
