// The timeline's actor filter: the island of docs/site-contract.md. Without it the page is complete
// and every chip is a link; with it the chips toggle in place and the state lives in the URL.
// It also makes "Newest first" reorder the DOM, where the CSS alone only reverses what is seen.
import {
  filterStatus,
  keepKnownActors,
  matchesFilter,
  parseFilterState,
  serializeFilterState,
  toggleActor,
  type FilterState,
} from '../lib/views/timeline-filter-state.ts';
import { actorPath } from '../lib/views/page-paths.ts';

const filters = document.querySelector<HTMLElement>('nav#filters');
if (filters) enhance(filters);

function enhance(filters: HTMLElement): void {
  const entries = [...document.querySelectorAll<HTMLElement>('article[data-event]')];
  const primaries = entries.filter((entry) => entry.dataset['kind'] === 'primary');
  const sections = [...document.querySelectorAll<HTMLElement>('section[data-year]')];
  const status = filters.querySelector<HTMLElement>('[data-filter-status]');
  const matchControl = filters.querySelector<HTMLFieldSetElement>('fieldset[data-match]');
  const clearButton = filters.querySelector<HTMLButtonElement>('button[data-clear]');
  const actorPages = filters.querySelector<HTMLElement>('[data-actor-pages]');
  const buttons = [...filters.querySelectorAll<HTMLAnchorElement>('a[data-actor]')].map(toToggle);
  const known = new Set(buttons.map((button) => button.dataset['actor']));
  // Ids in the URL with no chip (a typo, an actor no event names) are not applied but named in the status.
  const read = () => keepKnownActors(parseFilterState(location.search), known);
  let { state, unknown } = read();

  filters.querySelector('[data-filter-hint]')?.remove();
  if (matchControl) matchControl.hidden = false;
  const scope = filters.querySelector<HTMLElement>('[data-filter-scope]');
  if (scope) scope.hidden = false;
  // On wide screens CSS shows the chips and hides the summary: mark the panel open, so it says so.
  const panel = filters.querySelector('details');
  if (panel && !panel.querySelector('summary')?.checkVisibility()) panel.open = true;

  function render(): void {
    for (const button of buttons) {
      button.setAttribute('aria-pressed', String(state.actors.includes(button.dataset['actor'] ?? '')));
    }
    for (const radio of filters.querySelectorAll<HTMLInputElement>('input[name="match"]')) {
      radio.checked = radio.value === state.match;
    }
    for (const entry of entries) {
      entry.hidden = !matchesFilter((entry.dataset['actors'] ?? '').split(' '), state.actors, state.match);
    }
    for (const section of sections) {
      section.hidden = !section.querySelector('article[data-event]:not([hidden])');
      // The year index's link to a section the filter empties goes with it.
      const yearItem = document.querySelector(`nav[aria-label="Years"] a[href="#${section.id}"]`)?.parentElement;
      if (yearItem) yearItem.hidden = section.hidden;
    }
    if (clearButton) clearButton.hidden = state.actors.length + unknown.length === 0;
    if (actorPages) renderActorPages(actorPages, state.actors.flatMap((id) => buttons.find((button) => button.dataset['actor'] === id) ?? []));
    if (status) {
      const shown = primaries.filter((entry) => !entry.hidden).length;
      status.textContent = filterStatus(shown, primaries.length, state.actors.length, unknown);
    }
  }

  function update(next: FilterState): void {
    state = next;
    unknown = [];
    const search = serializeFilterState(state);
    // The match mode alone, with no actor chosen, changes nothing worth a history entry.
    if (search !== location.search) history.pushState(null, '', `${location.pathname}${search}`);
    render();
  }

  filters.addEventListener('click', (event) => {
    const target = event.target instanceof Element ? event.target : null;
    const chip = target?.closest<HTMLButtonElement>('button[data-actor]');
    if (chip) update({ ...state, actors: toggleActor(state.actors, chip.dataset['actor'] ?? '') });
    else if (target?.closest('button[data-clear]')) update({ ...state, actors: [] });
  });
  filters.addEventListener('change', (event) => {
    if (event.target instanceof HTMLInputElement && event.target.name === 'match') {
      update({ ...state, match: event.target.value === 'all' ? 'all' : 'any' });
    }
  });
  window.addEventListener('popstate', () => {
    ({ state, unknown } = read());
    render();
  });

  render();

  // "Newest first" reverses the year sections and the entries of each in the DOM, so the keyboard
  // and screen readers follow the order on screen; `data-reorders` ends the CSS that only turns the
  // visual order round when JavaScript is off.
  const order = document.querySelector<HTMLInputElement>('input#order-newest');
  const lists = new Set([...sections, ...entries].map((element) => element.parentElement));
  const reverse = () => {
    for (const list of lists) list?.append(...[...list.children].reverse());
  };
  if (order) {
    order.dataset['reorders'] = '';
    order.onchange = reverse;
    // The browser may have restored the box checked on a return to the page.
    if (order.checked) reverse();
  }
}

/**
 * Lists, under the status, a link to the page of each selected actor: the filter covers the events
 * on this page, the actor's page all of its events.
 */
function renderActorPages(list: HTMLElement, chips: readonly HTMLButtonElement[]): void {
  list.replaceChildren(
    ...chips.map((chip) => {
      const name = chip.cloneNode(true) as HTMLElement;
      for (const extra of name.querySelectorAll('.sr-only, .actor-chip-count')) extra.remove();
      const link = document.createElement('a');
      link.href = actorPath(chip.dataset['actor'] ?? '');
      link.textContent = `All events of ${(name.textContent ?? '').trim()}`;
      const item = document.createElement('li');
      item.append(link);
      return item;
    }),
  );
  list.hidden = chips.length === 0;
}

/** Replaces a chip's link by a toggle button with the same content, look and `data-actor`. */
function toToggle(link: HTMLAnchorElement): HTMLButtonElement {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = link.className;
  for (const { name, value } of link.attributes) if (name.startsWith('data-')) button.setAttribute(name, value);
  button.append(...link.childNodes);
  link.replaceWith(button);
  return button;
}
