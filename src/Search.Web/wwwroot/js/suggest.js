import { el } from './dom.js';
import { suggest } from './api.js';

/**
 * Autocomplete for the search box, as an ARIA combobox: suggestions appear while typing; ArrowDown/ArrowUp move
 * through them, Enter picks one, Escape closes the list. Picking an entity searches for it; picking a title opens it.
 */
export function attachSuggestions(input, { onSearch, onOpen }) {
  const list = document.getElementById('suggestions');
  let items = [];
  let active = -1;
  let timer;
  let token = 0;

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };

  const choose = item => {
    close();
    if (item.kind === 'title') onOpen(item.value);
    else onSearch(item.text);
  };

  const highlight = index => {
    active = index;
    [...list.children].forEach((li, i) => li.setAttribute('aria-selected', String(i === active)));
    if (active >= 0) input.setAttribute('aria-activedescendant', `suggestion-${active}`);
    else input.removeAttribute('aria-activedescendant');
  };

  const show = suggestions => {
    // A list that arrives while the reader is moving through the previous one keeps their place where it can.
    const kept = active >= 0 ? items[active]?.text : undefined;
    items = suggestions;
    list.replaceChildren(...items.map((item, i) => el('li', {
      id: `suggestion-${i}`, role: 'option', 'aria-selected': 'false',
      onmousedown: event => { event.preventDefault(); choose(item); },
    }, el('span', {}, item.text), el('span', { class: 'kind' }, item.kind === 'title' ? (item.outlet ? `article · ${item.outlet}` : 'article') : `${item.count} article${item.count === 1 ? '' : 's'}`))));
    list.hidden = items.length === 0;
    input.setAttribute('aria-expanded', String(items.length > 0));
    // The previous list's option is gone: the box points at the one kept, or at none (not at a stranger with its id).
    const again = items.findIndex(item => item.text === kept);
    highlight(again);
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    const prefix = input.value;
    if (prefix.trim().length < 2) {
      close();
      return;
    }
    timer = setTimeout(async () => {
      const mine = ++token;
      try {
        const data = await suggest(prefix);
        if (mine === token && input.value === prefix) show(data.suggestions);
      } catch {
        close();
      }
    }, 120);
  });

  input.addEventListener('keydown', event => {
    if (list.hidden) return;
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      highlight((active + 1) % items.length);
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      highlight((active - 1 + items.length) % items.length);
    } else if (event.key === 'Enter' && active >= 0) {
      event.preventDefault();
      choose(items[active]);
    } else if (event.key === 'Escape') {
      event.preventDefault(); // a search box clears itself on Escape; here Escape only closes the list
      close();
    }
  });

  input.addEventListener('blur', () => setTimeout(close, 100));
  return { close };
}
