// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { h, render } from 'preact';
import { EntityCard, type EntityCardProps } from '@/components/EntityCard';
import type { EntityDetails } from '@/lib/messaging/protocol';
import { ENTITY_CARD_CSS } from '@/components/entity-card.css';
import { cardText } from '@/lib/i18n/card';

// Written with h() rather than JSX: the unit project only collects *.test.ts files.

const xi: EntityDetails = {
  id: 'per:xi-jinping',
  type: 'PER',
  name: { vi: 'Tập Cận Bình', en: 'Xi Jinping' },
  description: { vi: 'Chủ tịch nước Trung Quốc.', en: 'President of China.' },
  aliases: ['Tập Chủ tịch', 'Xi', 'Chairman Xi', 'Xi Jinping', 'A', 'B', 'C', 'D', 'E'],
  events: [{ id: 'evt-2024-sco-summit-astana', start: '2024-07-03', title: { vi: 'Thượng đỉnh SCO tại Astana', en: 'SCO summit in Astana' } }],
  wikidata: 'Q15031',
};

let host: HTMLDivElement | null = null;

function mount(overrides: Partial<EntityCardProps> = {}) {
  const props: EntityCardProps = {
    surface: 'Tập Cận Bình',
    type: 'PER',
    details: xi,
    pageLang: 'vi',
    mentionIndex: 1,
    mentionCount: 5,
    onPrevious: vi.fn(),
    onNext: vi.fn(),
    onClose: vi.fn(),
    text: cardText('en'),
    ...overrides,
  };
  host = document.createElement('div');
  document.body.appendChild(host);
  render(h(EntityCard, props), host);
  return { root: host, props };
}

function button(root: HTMLElement, name: string): HTMLButtonElement {
  const found = root.querySelector<HTMLButtonElement>(`button[aria-label="${name}"]`);
  if (!found) throw new Error(`no button ${name}`);
  return found;
}

afterEach(() => {
  if (host) render(null, host);
  host?.remove();
  host = null;
});

describe('EntityCard', () => {
  it('shows a known entity in the page language first, with the other language after', () => {
    const { root } = mount();
    const dialog = root.querySelector('[role="dialog"]');
    expect(dialog?.getAttribute('aria-label')).toBe('Tập Cận Bình');
    expect(dialog?.getAttribute('aria-modal')).toBe('false');
    expect(root.querySelector('.nl-badge')?.textContent).toBe('Person');
    expect(root.querySelector('.nl-name')?.textContent).toBe('Tập Cận Bình · Xi Jinping');
    expect(root.querySelector('.nl-desc')?.textContent).toBe('Chủ tịch nước Trung Quốc.');
    expect(root.querySelector('.nl-desc-other')?.textContent).toBe('President of China.');
    expect(root.textContent).toContain('Mention 2 of 5 on this page');
    expect(root.querySelector('.nl-unknown')).toBeNull();
  });

  it('puts English first on an English page', () => {
    const { root } = mount({ pageLang: 'en', surface: 'Xi' });
    expect(root.querySelector('.nl-name')?.textContent).toBe('Xi Jinping · Tập Cận Bình');
    expect(root.querySelector('.nl-desc')?.textContent).toBe('President of China.');
  });

  it('links to Wikidata in a new tab without an opener', () => {
    const { root } = mount();
    const link = root.querySelector('a');
    expect(link?.getAttribute('href')).toBe('https://www.wikidata.org/wiki/Q15031');
    expect(link?.getAttribute('target')).toBe('_blank');
    expect(link?.getAttribute('rel')).toBe('noopener noreferrer');
  });

  it('lists at most six aliases and skips ones repeating a shown name', () => {
    const { root } = mount();
    expect(root.querySelector('.nl-aliases')?.textContent).toBe('Also known as: Tập Chủ tịch, Xi, Chairman Xi, A, B, C');
  });

  it('says an unknown name is not in the knowledge base and links nowhere', () => {
    const { root } = mount({ details: null, surface: 'Nguyễn Văn Ất', type: 'MISC' });
    expect(root.querySelector('[role="dialog"]')?.getAttribute('aria-label')).toBe('Nguyễn Văn Ất');
    expect(root.querySelector('.nl-badge')?.textContent).toBe('Other');
    expect(root.querySelector('.nl-unknown')?.textContent).toBe('Not in the knowledge base — found from its context');
    expect(root.querySelector('a')).toBeNull();
    expect(root.querySelector('.nl-aliases')).toBeNull();
  });

  it('does not link a malformed Wikidata id', () => {
    const { root } = mount({ details: { ...xi, wikidata: 'Q1/../../evil' } });
    expect(root.querySelector('a')).toBeNull();
  });

  it('calls the callbacks from Previous, Next and Close', () => {
    const { root, props } = mount();
    button(root, 'Previous mention').click();
    button(root, 'Next mention').click();
    button(root, 'Close').click();
    expect(props.onPrevious).toHaveBeenCalledTimes(1);
    expect(props.onNext).toHaveBeenCalledTimes(1);
    expect(props.onClose).toHaveBeenCalledTimes(1);
  });

  it('closes on Escape pressed inside the card', () => {
    const { root, props } = mount();
    button(root, 'Next mention').dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(props.onClose).toHaveBeenCalledTimes(1);
  });

  it('disables Previous and Next for a single mention', () => {
    const { root } = mount({ mentionIndex: 0, mentionCount: 1 });
    expect(button(root, 'Previous mention').disabled).toBe(true);
    expect(button(root, 'Next mention').disabled).toBe(true);
    expect(root.textContent).toContain('Mention 1 of 1 on this page');
  });

  it('renders markup-like page text as text, creating no element', () => {
    const evil = '<img src=x onerror=alert(1)>';
    const { root } = mount({ details: null, surface: evil });
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('.nl-name')?.textContent).toBe(evil);
    expect(root.querySelector('[role="dialog"]')?.getAttribute('aria-label')).toBe(evil);
  });

  it('renders markup-like knowledge-base text as text too', () => {
    const evil = '<img src=x onerror=alert(1)>';
    const known = mount({ details: { ...xi, name: { vi: evil, en: '<b>x</b>' }, aliases: ['<script>1</script>'] } }).root;
    expect(known.querySelector('img, b, script')).toBeNull();
    expect(known.textContent).toContain(evil);
  });
});

describe('ENTITY_CARD_CSS', () => {
  it('resets inheritance, supports dark mode and carries every type colour', () => {
    expect(ENTITY_CARD_CSS).toContain('all: initial');
    expect(ENTITY_CARD_CSS).toContain('prefers-color-scheme: dark');
    expect(ENTITY_CARD_CSS).toContain(':focus-visible');
    for (const colour of ['#f5b800', '#3d8bfd', '#2fb36d', '#d45fc0', '#8a8f98']) expect(ENTITY_CARD_CSS).toContain(colour);
  });
});

describe('EntityCard events', () => {
  it('lists the entity\u2019s events in the page language with their year', () => {
    const container = document.createElement('div');
    render(
      h(EntityCard, {
        surface: 'Tập Cận Bình',
        type: 'PER',
        details: xi,
        pageLang: 'vi',
        mentionIndex: 0,
        mentionCount: 1,
        onPrevious: () => undefined,
        onNext: () => undefined,
        text: cardText('en'),
        onClose: () => undefined,
      }),
      container,
    );
    expect(container.querySelector('.nl-events')?.textContent).toContain('Thượng đỉnh SCO tại Astana (2024)');
  });
});
