import type { JSX } from 'preact';
import type { EntityType, Lang } from '@/lib/ner/types';
import type { EntityDetails } from '@/lib/messaging/protocol';
import type { CardText } from '@/lib/i18n/card';

export interface EntityCardProps {
  /** The mention's text on the page. */
  surface: string;
  type: EntityType;
  /** null for a name the knowledge base does not know. */
  details: EntityDetails | null;
  /** The page's language: its name and description are shown first. */
  pageLang: Lang;
  /** 0-based position of this mention among this entity's mentions on the page. */
  mentionIndex: number;
  mentionCount: number;
  onPrevious(): void;
  onNext(): void;
  onClose(): void;
  /** The interface's text, in the reader's language (which may differ from the page's). */
  text: CardText;
}

const MAX_ALIASES = 6;

/** Only real item ids become links: the QID comes from bundled data, but a bad one must not make an odd URL. */
const QID = /^Q[1-9]\d*$/;

function otherLang(lang: Lang): Lang {
  return lang === 'vi' ? 'en' : 'vi';
}

function same(a: string, b: string): boolean {
  return a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();
}

/**
 * The in-page card for one highlighted mention. All page and knowledge-base text goes in as text
 * nodes (never HTML), since both come from outside the extension. Styles: ENTITY_CARD_CSS.
 */
export function EntityCard(props: EntityCardProps) {
  const { surface, type, details, pageLang, mentionIndex, mentionCount, text } = props;
  const second = otherLang(pageLang);
  // A knowledge-base entry may lack one language's text; fall back to the other so the card is never blank.
  const ownName = details?.name[pageLang] ?? '';
  const otherName = details?.name[second] ?? '';
  const name = ownName || otherName || surface;
  const nameLang = ownName || !otherName ? pageLang : second;
  const ownDescription = details?.description[pageLang] ?? '';
  const otherDescription = details?.description[second] ?? '';
  const description = ownDescription || otherDescription;
  const descriptionLang = ownDescription ? pageLang : second;
  // The other language's text is only worth showing when it says something the first line does not.
  const extraName = otherName && !same(otherName, name) ? otherName : '';
  const extraDescription = ownDescription && otherDescription && !same(otherDescription, ownDescription) ? otherDescription : '';
  // Aliases repeating a name already shown add nothing.
  const aliases = (details?.aliases ?? []).filter((alias) => !same(alias, name) && !same(alias, otherName)).slice(0, MAX_ALIASES);
  const qid = details?.wikidata && QID.test(details.wikidata) ? details.wikidata : null;
  const single = mentionCount <= 1;

  // aria-modal is false, so focus may be anywhere; Escape still closes when it is inside the card.
  const onKeyDown = (event: JSX.TargetedKeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape') props.onClose();
  };

  return (
    <div class={`nl-card nl-type-${type.toLowerCase()}`} role="dialog" aria-modal="false" aria-label={name} lang={text.language} onKeyDown={onKeyDown}>
      <div class="nl-head">
        <span class="nl-badge">{text(`entity.${type}`)}</span>
        <button type="button" class="nl-close" aria-label={text('card.close')} onClick={() => props.onClose()}>
          ×
        </button>
      </div>
      <h2 class="nl-name">
        <span lang={nameLang}>{name}</span>
        {extraName && (
          <>
            <span class="nl-sep" aria-hidden="true"> · </span>
            <span class="nl-other-name" lang={second}>
              {extraName}
            </span>
          </>
        )}
      </h2>
      {details ? (
        description && (
          <p class="nl-desc" lang={descriptionLang}>
            {description}
          </p>
        )
      ) : (
        <p class="nl-unknown">{text('card.unknown')}</p>
      )}
      {extraDescription && (
        <p class="nl-desc-other" lang={second}>
          {extraDescription}
        </p>
      )}
      {aliases.length > 0 && (
        <p class="nl-aliases">
          <span class="nl-label">{text('card.aliases')} </span>
          {aliases.join(', ')}
        </p>
      )}
      {details && details.events.length > 0 && (
        <div class="nl-events">
          <span class="nl-label">{text('card.events')} </span>
          <ul lang={pageLang}>
            {details.events.map((event) => (
              <li key={event.id}>
                {event.title[pageLang] || event.title.en} <span class="nl-date">({event.start.slice(0, 4)})</span>
              </li>
            ))}
          </ul>
        </div>
      )}
      {qid && (
        <a class="nl-wikidata" href={`https://www.wikidata.org/wiki/${qid}`} target="_blank" rel="noopener noreferrer">
          {text('card.wikidata', { qid })}
        </a>
      )}
      <div class="nl-nav">
        <button type="button" aria-label={text('card.previousMention')} disabled={single} onClick={() => props.onPrevious()}>
          {text('card.previous')}
        </button>
        <span class="nl-count" aria-live="polite">
          {text('card.position', { index: mentionIndex + 1, count: mentionCount })}
        </span>
        <button type="button" aria-label={text('card.nextMention')} disabled={single} onClick={() => props.onNext()}>
          {text('card.next')}
        </button>
      </div>
    </div>
  );
}
