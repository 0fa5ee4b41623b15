import type { EventCard } from '@/lib/messaging/protocol';
import type { Lang } from '@/lib/ner/types';

interface Props {
  events: readonly EventCard[];
  lang: Lang;
}

function period(card: EventCard, lang: Lang): string {
  const format = (day: string) => new Date(`${day}T00:00:00Z`).toLocaleDateString(lang === 'vi' ? 'vi-VN' : 'en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
  return card.start === card.end ? format(card.start) : `${format(card.start)} – ${format(card.end)}`;
}

/** Related events, best first, each saying why it is shown. */
export function EventCards({ events, lang }: Props) {
  if (events.length === 0) return null;
  return (
    <section class="event-cards" aria-label="Related events" lang={lang}>
      <h2>Related events</h2>
      <ol>
        {events.map((card) => (
          <li key={card.id} class="event-card">
            <h3>{card.title}</h3>
            <p class="when">{period(card, lang)}</p>
            <p class="summary">{card.summary}</p>
            <p class="why">{card.reason}</p>
          </li>
        ))}
      </ol>
    </section>
  );
}
