import { toQueryString } from './state.js';

// Dimensions the sidebar shows, with how many values each lists before "show more".
export const SIDEBAR_FACETS = ['outlet:10', 'original:10', 'date:12', 'entity:24'];
export const CLAIM_FACETS = ['claimant:12', 'topic:8', 'outlet:10', 'date:12'];

/** An error whose message is meant for the user (from an RFC 7807 problem body when there is one). */
export class ApiError extends Error {}

async function getJson(url) {
  const response = await fetch(url, { headers: { Accept: 'application/json' } });
  const body = await response.json().catch(() => null);
  if (!response.ok) {
    // The details say what is wrong ("No article with id 'x'."); the title ("Not Found") only when there are none.
    const details = body?.errors ? Object.values(body.errors).flat().join(' ') : body?.detail;
    throw new ApiError(details || body?.title || `The server answered ${response.status}.`);
  }
  return body;
}

export function search(state) {
  const params = new URLSearchParams(toQueryString({ ...state, article: '', view: '' }));
  params.set('facets', SIDEBAR_FACETS.join(','));
  return getJson(`api/search?${params}`);
}

function claimParams(state) {
  const params = new URLSearchParams(toQueryString({ ...state, article: '', view: '' }));
  return params;
}

export function claims(state) {
  const params = claimParams(state);
  params.set('facets', CLAIM_FACETS.join(','));
  return getJson(`api/claims?${params}`);
}

export function compare(state) {
  const params = claimParams(state);
  // Every matching claim is compared: the list's page and order do not apply (and are refused).
  params.delete('page');
  params.delete('sort');
  return getJson(`api/claims/compare?${params}`);
}

export function article(id, q) {
  const params = new URLSearchParams();
  if (q) params.set('q', q);
  return getJson(`api/articles/${encodeURIComponent(id)}?${params}`);
}

export function suggest(prefix) {
  return getJson(`api/suggest?${new URLSearchParams({ prefix })}`);
}

export function similar(id) {
  return getJson(`api/articles/${encodeURIComponent(id)}/similar`);
}

export function facetValues(dimension, state, prefix, top = 100) {
  const params = new URLSearchParams(toQueryString({ ...state, article: '', page: 1, sort: '', view: '' }));
  if (prefix) params.set('prefix', prefix);
  // The claims tab counts claims, as its sidebar did; without the type the values would be counted over articles.
  if (state.view === 'claims') params.set('type', 'claim');
  params.set('top', String(top));
  return getJson(`api/facets/${encodeURIComponent(dimension)}?${params}`);
}
