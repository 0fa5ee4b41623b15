import type { EventCard } from '@/lib/messaging/protocol';
import type { Lang } from '@/lib/ner/types';
import type { PageText } from '@/lib/i18n/pages';
import { useText } from './LanguageRoot';

interface Props {
  events: readonly EventCard[];
  /** The language of the events' titles, summaries and reasons: the page's. */
  lang: Lang;
}

/** When the event took place, in the interface's language (the card's other text is in the page's). */
function period(card: EventCard, text: PageText): string {
  const format = (day: string) => text.date(new Date(`${day}T00:00:00Z`), { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
  return card.start === card.end ? format(card.start) : `${format(card.start)} – ${format(card.end)}`;
}

/** Related events, best first, each saying why it is shown. */
export function EventCards({ events, lang }: Props) {
  const text = useText();
  if (events.length === 0) return null;
  return (
    <section class="event-cards" aria-label={text('events.heading')}>
      <h2>{text('events.heading')}</h2>
      <ol lang={lang}>
        {events.map((card) => (
          <li key={card.id} class="event-card">
            <h3>{card.title}</h3>
            <p class="when" lang={text.language}>
              {period(card, text)}
            </p>
            <p class="summary">{card.summary}</p>
            <p class="why">{card.reason}</p>
          </li>
        ))}
      </ol>
    </section>
  );
}
