/** Creates an element with attributes (on* attributes become listeners) and children (strings become text nodes). */
export function el(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) continue;
    if (name.startsWith('on') && typeof value === 'function') {
      element.addEventListener(name.slice(2).toLowerCase(), value);
    } else if (name === 'dataset') {
      Object.assign(element.dataset, value);
    } else {
      element.setAttribute(name, value === true ? '' : String(value));
    }
  }
  element.append(...children.flat().filter(c => c !== null && c !== undefined && c !== false));
  return element;
}

/**
 * Fills `container` with text whose matches are wrapped in <mark>. The text goes in as text nodes, never as HTML,
 * so article content can never become markup, whatever it contains.
 */
export function renderMarked(container, marked, { numbered = false } = {}) {
  container.replaceChildren();
  const { text, matches } = marked;
  let position = 0;
  matches.forEach((match, index) => {
    container.append(document.createTextNode(text.slice(position, match.start)));
    const mark = document.createElement('mark');
    mark.textContent = text.slice(match.start, match.start + match.length);
    if (numbered) mark.dataset.match = String(index);
    container.append(mark);
    position = match.start + match.length;
  });
  container.append(document.createTextNode(text.slice(position)));
  return container;
}

/** "2024-12-27" → "27 Dec 2024", "2024-12" → "Dec 2024", null → "date unknown". */
export function formatDate(published) {
  if (!published) return 'date unknown';
  const [year, month, day] = published.value.split('-').map(Number);
  const monthName = month ? new Date(Date.UTC(year, month - 1, 1)).toLocaleString('en', { month: 'short', timeZone: 'UTC' }) : '';
  return [day, monthName, year].filter(Boolean).join(' ');
}

/** "person/Volodymyr Zelensky" → { type: "person", name: "Volodymyr Zelensky" }. */
export function splitEntity(value) {
  const slash = value.indexOf('/');
  return slash > 0 ? { type: value.slice(0, slash), name: value.slice(slash + 1) } : { type: 'other', name: value };
}
