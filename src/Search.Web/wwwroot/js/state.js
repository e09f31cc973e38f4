// The page's state lives in the URL, so a search can be shared and the back button restores it.

/** The facet dimensions the page filters by; claimant and topic only mean something for claims. */
export const FILTERS = ['outlet', 'original', 'date', 'entity', 'type', 'claimant', 'topic'];
const CLAIM_ONLY_FILTERS = new Set(['claimant', 'topic']);

/**
 * Reads the state from a query string. Parameters that are neither the page's own nor a filter (a link's
 * utm_source or fbclid) are left out, so a shared link still searches.
 */
export function readState(search = window.location.search) {
  const params = new URLSearchParams(search);
  const filters = Object.create(null);
  for (const [key, value] of params) {
    if (FILTERS.includes(key) && value !== '') {
      (filters[key] ??= []).push(value);
    }
  }
  return {
    q: params.get('q') ?? '',
    page: Math.max(1, Number.parseInt(params.get('page') ?? '1', 10) || 1),
    sort: params.get('sort') ?? '',
    from: params.get('from') ?? '',
    to: params.get('to') ?? '',
    article: params.get('article') ?? '',
    view: params.get('view') === 'claims' ? 'claims' : '',
    filters,
  };
}

/** The query string of a state, in a stable order; the article parameter is included only when set. */
export function toQueryString(state, { withArticle = true } = {}) {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const dimension of Object.keys(state.filters).sort()) {
    for (const value of state.filters[dimension]) params.append(dimension, value);
  }
  if (state.from) params.set('from', state.from);
  if (state.to) params.set('to', state.to);
  if (state.sort) params.set('sort', state.sort);
  if (state.page > 1) params.set('page', String(state.page));
  if (state.view) params.set('view', state.view);
  if (withArticle && state.article) params.set('article', state.article);
  return params.toString();
}

/** A copy of the state with one filter value toggled; any change of filters goes back to page 1. */
export function toggleFilter(state, dimension, value) {
  const values = state.filters[dimension] ?? [];
  const next = values.includes(value) ? values.filter(v => v !== value) : [...values, value];
  const filters = Object.assign(Object.create(null), state.filters, { [dimension]: next });
  if (next.length === 0) delete filters[dimension];
  return { ...state, filters, page: 1, article: '' };
}

/**
 * The state with its filters spelt as the index spells them, as the server applied them ("wion" becomes "WION"), so
 * that the sidebar's boxes and the chips toggle the values in force. The same state when nothing changes.
 */
export function adoptApplied(state, applied) {
  const spellings = new Map();
  for (const filter of applied) {
    if (filter.requested == null) continue;
    const key = `${filter.parameter}\u0000${filter.requested}`;
    spellings.set(key, [...(spellings.get(key) ?? []), filter.value]);
  }
  if (spellings.size === 0) return state;
  const filters = Object.create(null);
  for (const [dimension, values] of Object.entries(state.filters)) {
    filters[dimension] = [...new Set(values.flatMap(value => spellings.get(`${dimension}\u0000${value}`) ?? [value]))];
  }
  return { ...state, filters };
}

/** The state without any filter or date range. */
export function clearFilters(state) {
  return { ...state, filters: Object.create(null), from: '', to: '', page: 1, article: '' };
}

/** The state shown in another tab: the filters both tabs share are kept, the claims' own are dropped for articles. */
export function switchView(state, view) {
  const filters = Object.create(null);
  for (const [dimension, values] of Object.entries(state.filters)) {
    // The claims tab lists claims only, and refuses a type; the articles tab has no claimants or topics.
    if (view === 'claims' ? dimension !== 'type' : !CLAIM_ONLY_FILTERS.has(dimension)) filters[dimension] = values;
  }
  return { ...state, view, filters, page: 1, article: '' };
}

/** Whether the state narrows the search by any filter or date. */
export function hasFilters(state) {
  return Object.keys(state.filters).length > 0 || Boolean(state.from || state.to);
}
