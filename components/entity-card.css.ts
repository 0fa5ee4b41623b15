/**
 * Styles for <EntityCard>, injected into the card's shadow root. Nothing is inherited from the news
 * page (`all: initial`), so every font and colour is set here; the page's own CSS cannot reach in.
 * Type colours match components/theme.css.
 */
export const ENTITY_CARD_CSS = `
:host {
  all: initial;
  --nl-bg: #ffffff;
  --nl-fg: #1b1f24;
  --nl-muted: #5b6470;
  --nl-line: #d8dde3;
  --nl-link: #0b5fd6;
  --nl-focus: #0b5fd6;
  --nl-shadow: 0 4px 16px rgba(15, 20, 25, 0.14), 0 1px 3px rgba(15, 20, 25, 0.12);
  --nl-type: #8a8f98;
}
@media (prefers-color-scheme: dark) {
  :host {
    --nl-bg: #1e2126;
    --nl-fg: #e8eaed;
    --nl-muted: #9aa3ad;
    --nl-line: #353b43;
    --nl-link: #7fb2ff;
    --nl-focus: #7fb2ff;
    --nl-shadow: 0 4px 16px rgba(0, 0, 0, 0.5), 0 1px 3px rgba(0, 0, 0, 0.4);
  }
}
*, *::before, *::after { box-sizing: border-box; }
.nl-card {
  display: block;
  max-width: 360px;
  padding: 10px 12px 8px;
  border: 1px solid var(--nl-line);
  border-top: 3px solid var(--nl-type);
  border-radius: 10px;
  background: var(--nl-bg);
  color: var(--nl-fg);
  box-shadow: var(--nl-shadow);
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif;
  text-align: start;
  overflow-wrap: anywhere;
}
.nl-type-per { --nl-type: #f5b800; }
.nl-type-org { --nl-type: #3d8bfd; }
.nl-type-loc { --nl-type: #2fb36d; }
.nl-type-event { --nl-type: #d45fc0; }
.nl-type-misc { --nl-type: #8a8f98; }
.nl-head { display: flex; align-items: center; justify-content: space-between; gap: 8px; }
/* Dark text on every type colour keeps the badge above 4.5:1 contrast in both themes. */
.nl-badge {
  padding: 1px 8px;
  border-radius: 999px;
  background: var(--nl-type);
  color: #111418;
  font-size: 12px;
  font-weight: 600;
}
.nl-name { margin: 6px 0 4px; font-size: 16px; font-weight: 600; line-height: 1.3; }
.nl-sep, .nl-other-name { color: var(--nl-muted); font-weight: 500; }
.nl-desc, .nl-desc-other, .nl-unknown, .nl-aliases { margin: 0 0 6px; }
.nl-desc-other, .nl-aliases, .nl-count { color: var(--nl-muted); font-size: 12.5px; }
.nl-unknown { color: var(--nl-muted); font-style: italic; }
.nl-label { font-weight: 600; }
.nl-wikidata { display: inline-block; margin-bottom: 6px; color: var(--nl-link); font-size: 13px; text-decoration: underline; }
.nl-nav {
  display: flex;
  align-items: center;
  justify-content: space-between;
  gap: 8px;
  padding-top: 6px;
  border-top: 1px solid var(--nl-line);
}
.nl-count { flex: 1; text-align: center; font-variant-numeric: tabular-nums; }
button {
  margin: 0;
  padding: 2px 8px;
  border: 1px solid var(--nl-line);
  border-radius: 6px;
  background: transparent;
  color: var(--nl-fg);
  font: inherit;
  font-size: 13px;
  cursor: pointer;
}
button:hover:not(:disabled) { background: var(--nl-line); }
button:disabled { opacity: 0.45; cursor: default; }
.nl-close { border-color: transparent; padding: 0 6px; font-size: 18px; line-height: 1.2; }
button:focus-visible, a:focus-visible { outline: 2px solid var(--nl-focus); outline-offset: 2px; }
.nl-events { margin: 6px 0 0; font-size: 13px; }
.nl-events ul { margin: 2px 0 0; padding-left: 18px; }
.nl-events .nl-date { color: var(--nl-muted); }
`;
