import { el, splitEntity, formatDate } from './dom.js';
import { toggleFilter } from './state.js';
import { facetValues, ApiError } from './api.js';

const TITLES = { outlet: 'Outlet', original: 'Original outlet', date: 'Date', entity: 'People, places and organisations', type: 'Type', claimant: 'Who claimed it', topic: 'What the figures count' };
/** The most values the facet values endpoint returns (SearchLimits.MaxFacetTop). */
const MAX_VALUES = 100;
const ENTITY_TYPES = { person: 'People', organisation: 'Organisations', company: 'Companies', place: 'Places', group: 'Groups and units', country: 'Countries', other: 'Other' };

/** Renders one sidebar block per dimension, with checkboxes, counts, "show more" and the date histogram. */
export function renderFacets(data, state, navigate) {
  const aside = document.getElementById('filters');
  // A field the keyboard is in (To, after Tab from From applied the range) is replaced too: focus its successor.
  const focusedId = aside.contains(document.activeElement) ? document.activeElement.id : '';
  const blocks = data.facets
    .filter(facet => facet.values.length > 0 || (facet.missing > 0 && facet.missingLabel) || (state.filters[facet.dimension]?.length ?? 0) > 0)
    .map(facet => facet.dimension === 'date'
      ? renderDateFacet(facet, data.histogram, state, navigate)
      : renderFacet(facet, state, navigate));
  aside.replaceChildren(...blocks);
  // The box just ticked was replaced by the new render: focus its successor, so the keyboard stays where it was.
  if (focusAfterRender) {
    [...aside.querySelectorAll('input[type=checkbox]')].find(box => box.dataset.filter === focusAfterRender)?.focus();
    focusAfterRender = null;
  } else if (focusedId) {
    document.getElementById(focusedId)?.focus();
  }
}

let focusAfterRender = null;

function renderFacet(facet, state, navigate) {
  const headingId = `facet-${facet.dimension}`;
  const list = el('ul', {});
  const fill = values => list.replaceChildren(...(facet.dimension === 'entity' ? groupedEntities(values, state, navigate) : values.map(v => valueItem(facet.dimension, v, state, navigate))));
  fill(facet.values);
  const section = el('section', { class: 'facet', 'aria-labelledby': headingId }, el('h3', { id: headingId }, TITLES[facet.dimension] ?? facet.dimension));
  if (facet.distinct > facet.values.length) {
    section.append(valueSearch(facet, state, fill));
  }
  section.append(list);
  if (facet.distinct > facet.values.length) {
    // The service lists at most MAX_VALUES values of a dimension; the rest are found with the box above.
    const shown = Math.min(facet.distinct, MAX_VALUES);
    section.append(el('button', {
      type: 'button', class: 'more',
      onclick: async event => {
        event.target.disabled = true;
        fill((await loadValues(facet.dimension, state, '')).values);
        if (facet.distinct > shown) {
          list.append(el('li', { class: 'more-note' }, `…and ${(facet.distinct - shown).toLocaleString('en')} more: find them with the box above.`));
        }
        event.target.remove();
      },
    }, shown === facet.distinct ? `Show all ${facet.distinct}` : `Show the top ${shown} of ${facet.distinct.toLocaleString('en')}`));
  }
  return section;
}

/** A type-ahead box over all values of a dimension (for dimensions with more values than shown). */
function valueSearch(facet, state, fill) {
  let timer;
  return el('input', {
    type: 'search', placeholder: `Find ${TITLES[facet.dimension]?.toLowerCase() ?? 'a value'}…`, 'aria-label': `Find a value of ${facet.dimension}`,
    oninput: event => {
      clearTimeout(timer);
      const prefix = event.target.value.trim();
      timer = setTimeout(async () => fill(prefix ? (await loadValues(facet.dimension, state, prefix)).values : facet.values), 150);
    },
  });
}

async function loadValues(dimension, state, prefix) {
  try {
    return await facetValues(dimension, state, prefix);
  } catch (error) {
    if (error instanceof ApiError) return { values: [] };
    throw error;
  }
}

function groupedEntities(values, state, navigate) {
  const groups = new Map();
  for (const value of values) {
    const { type } = splitEntity(value.value);
    if (!groups.has(type)) groups.set(type, []);
    groups.get(type).push(value);
  }
  return [...groups].map(([type, members]) => el('li', {},
    el('h4', {}, ENTITY_TYPES[type] ?? type),
    el('ul', {}, ...members.map(v => valueItem('entity', v, state, navigate, splitEntity(v.value).name)))));
}

function valueItem(dimension, value, state, navigate, label = value.value) {
  const checked = (state.filters[dimension] ?? []).includes(value.value);
  return el('li', {},
    el('label', {},
      el('input', {
        type: 'checkbox', checked, dataset: { filter: `${dimension}=${value.value}` },
        onchange: event => { focusAfterRender = event.target.dataset.filter; navigate(toggleFilter(state, dimension, value.value)); },
      }),
      el('span', {}, label),
      // A bare number read out after the label means little: screen readers hear "12 results".
      el('span', { class: 'count' }, el('span', { 'aria-hidden': 'true' }, value.count.toLocaleString('en')),
        el('span', { class: 'visually-hidden' }, `${value.count.toLocaleString('en')} ${value.count === 1 ? 'result' : 'results'}`))),
    value.children?.length ? el('ul', {}, ...value.children.map(child => valueItem(dimension, child, state, navigate))) : null);
}

function renderDateFacet(facet, histogram, state, navigate) {
  const section = el('section', { class: 'facet', 'aria-labelledby': 'facet-date' }, el('h3', { id: 'facet-date' }, 'Date'));
  if (histogram && histogram.buckets.length > 1) {
    section.append(renderHistogram(histogram, state, navigate));
  }
  const list = el('ul', {}, ...facet.values.map(v => dateItem(v, state, navigate)));
  if (facet.missing > 0 && facet.missingLabel) {
    list.append(valueItem('date', { value: facet.missingLabel, count: facet.missing, children: [] }, state, navigate, 'Unknown date'));
  }
  section.append(list, renderRangeInputs(state, navigate));
  return section;
}

function dateItem(value, state, navigate) {
  const item = valueItem('date', { ...value, children: [] }, state, navigate, formatDate({ value: value.value }));
  if (value.children.length) item.append(el('ul', {}, ...value.children.map(child => dateItem(child, state, navigate))));
  return item;
}

/** Bars per month or day; click one, or drag across several, to set the date range. */
function renderHistogram(histogram, state, navigate) {
  const max = Math.max(1, ...histogram.buckets.map(b => b.count));
  let anchor = null;
  const select = (a, b) => {
    const [first, last] = a.key <= b.key ? [a, b] : [b, a];
    navigate({ ...state, from: first.key, to: last.key, page: 1 });
  };
  const bars = histogram.buckets.map(bucket => barFor(bucket, max, {
    type: 'button',
    class: inRange(bucket.key, state) ? 'in-range' : null,
    title: `${bucket.key}: ${bucket.count}`,
    'aria-label': `${bucket.key}: ${bucket.count} ${bucket.count === 1 ? 'result' : 'results'}`,
    onpointerdown: () => { anchor = bucket; },
    onpointerup: () => { if (anchor) select(anchor, bucket); anchor = null; },
    onkeydown: event => { if (event.key === 'Enter' || event.key === ' ') { event.preventDefault(); select(bucket, bucket); } },
  }));
  const chart = el('div', { class: 'histogram', role: 'group', 'aria-label': `Results per ${histogram.interval}` }, ...bars);
  const first = histogram.buckets[0].key;
  const last = histogram.buckets[histogram.buckets.length - 1].key;
  // A span too long to draw shows its latest bars; the results dated before them are counted, not dropped.
  const earlier = histogram.earlier > 0
    ? `${histogram.earlier.toLocaleString('en')} earlier ${histogram.earlier === 1 ? 'result' : 'results'} · ` : '';
  return el('div', {}, chart, el('div', { class: 'histogram-caption' }, el('span', {}, earlier + first), el('span', {}, last)));
}

function barFor(bucket, max, attributes) {
  const bar = el('button', attributes);
  // Set through the CSSOM: the page's Content-Security-Policy forbids style attributes.
  bar.style.height = `${Math.max(4, Math.round(100 * bucket.count / max))}%`;
  return bar;
}

function inRange(key, state) {
  return (!state.from || key >= state.from.slice(0, key.length)) && (!state.to || key <= state.to.slice(0, key.length)) && (state.from || state.to);
}

/**
 * The From and To fields. A date field reports a change at every keystroke that forms a date (typing a year gives
 * 0002, 0020, 0202…), so the range applies only when a field is left or Enter is pressed, and only a plausible,
 * ordered range: From after To is swapped.
 */
function renderRangeInputs(state, navigate) {
  const apply = () => {
    // A month or year chosen on the chart shows as an empty field, and stays unless the field is filled.
    let from = document.getElementById('date-from').value || (fullDay(state.from) ? '' : state.from);
    let to = document.getElementById('date-to').value || (fullDay(state.to) ? '' : state.to);
    if ([from, to].some(day => day && day < '1000')) return; // a year still being typed
    if (from && to && from > to) [from, to] = [to, from];
    if (from === state.from && to === state.to) return;
    navigate({ ...state, from, to, page: 1 });
  };
  const field = (id, value) => el('input', {
    id, type: 'date', value,
    onblur: event => { if (event.target.isConnected) apply(); }, // not when a new render replaced it
    onkeydown: event => { if (event.key === 'Enter') { event.preventDefault(); apply(); } },
  });
  return el('div', { class: 'date-range' },
    el('label', { for: 'date-from' }, 'From'), field('date-from', fullDay(state.from)),
    el('label', { for: 'date-to' }, 'To'), field('date-to', fullDay(state.to)));
}

function fullDay(value) {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : '';
}
