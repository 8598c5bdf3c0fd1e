// The timeline's actor filter: the island of docs/site-contract.md. Without it the page is complete
// and every chip is a link; with it the chips toggle in place and the state lives in the URL.
import {
  matchesFilter,
  parseFilterState,
  serializeFilterState,
  toggleActor,
  type FilterState,
} from '../lib/views/timeline-filter-state.ts';

const filters = document.querySelector<HTMLElement>('nav#filters');
if (filters) enhance(filters);

function enhance(filters: HTMLElement): void {
  const entries = [...document.querySelectorAll<HTMLElement>('article[data-event]')].map((element) => ({
    element,
    actors: (element.dataset['actors'] ?? '').split(' '),
    primary: element.dataset['kind'] === 'primary',
  }));
  const sections = [...document.querySelectorAll<HTMLElement>('section[data-year]')];
  const status = filters.querySelector<HTMLElement>('[data-filter-status]');
  const matchControl = filters.querySelector<HTMLFieldSetElement>('fieldset[data-match]');
  const clearButton = filters.querySelector<HTMLButtonElement>('button[data-clear]');
  const buttons = [...filters.querySelectorAll<HTMLAnchorElement>('a[data-actor]')].map(toToggle);
  let state = parseFilterState(location.search);

  filters.querySelector('[data-filter-hint]')?.remove();
  if (matchControl) matchControl.hidden = false;
  if (clearButton) clearButton.hidden = false;

  function render(): void {
    for (const button of buttons) {
      button.setAttribute('aria-pressed', String(state.actors.includes(button.dataset['actor'] ?? '')));
    }
    for (const radio of filters.querySelectorAll<HTMLInputElement>('input[name="match"]')) {
      radio.checked = radio.value === state.match;
    }
    for (const entry of entries) entry.element.hidden = !matchesFilter(entry.actors, state.actors, state.match);
    for (const section of sections) {
      section.hidden = !section.querySelector('article[data-event]:not([hidden])');
    }
    if (status) {
      const primaries = entries.filter((entry) => entry.primary);
      const shown = primaries.filter((entry) => !entry.element.hidden).length;
      status.textContent = state.actors.length === 0 ? '' : `${shown} of ${primaries.length} events`;
    }
  }

  function update(next: FilterState): void {
    state = next;
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
    state = parseFilterState(location.search);
    render();
  });

  render();
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
