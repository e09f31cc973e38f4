import { el, renderMarked, formatDate, splitEntity } from './dom.js';
import { toQueryString, toggleFilter, clearFilters } from './state.js';

const DIMENSION_LABELS = { outlet: 'Outlet', original: 'Original outlet', date: 'Date', entity: 'Entity', type: 'Type', claimant: 'Claimant', from: 'From', to: 'To' };

// Set by the pager: the page it asked for opens with the keyboard on its result count, at the top of the new page,
// rather than on a pager button that no longer exists (which leaves the keyboard on the page's body). Kept as the
// address asked for, so a page that failed to load does not pull the keyboard from a later search.
let focusCountFor = null;

/** Renders the result list, its summary, the chips of the applied filters and the pager. */
export function renderResults(data, state, navigate) {
  renderStatus(data, state, navigate);
  if (focusCountFor !== null && focusCountFor === toQueryString(state)) {
    document.getElementById('result-count').focus();
  }
  focusCountFor = null;
  renderChips(data, state, navigate);
  // The order the server applied: a search without words lists the newest first, and "best match" means nothing there.
  const sort = document.getElementById('sort');
  sort.value = data.sort === 'date' ? 'date' : '';
  sort.options[0].disabled = !data.query.input.trim();
  const hits = document.getElementById('hits');
  hits.replaceChildren(...data.hits.map(hit => renderHit(hit, state, navigate, data.hits.find(other => other.id === hit.sameReportAs))));
  if (data.hits.length === 0) {
    hits.append(pastTheEnd(data, state, navigate) ?? el('li', { class: 'empty' }, 'No articles match. Try fewer words or remove a filter.'));
  }
  renderPager(data, state, navigate);
}

function renderStatus(data, state, navigate) {
  const status = document.getElementById('status');
  const noun = state.view === 'claims' ? (data.total === 1 ? 'claim' : 'claims') : data.total === 1 ? 'result' : 'results';
  const unqueried = state.view === 'claims' ? noun : data.total === 1 ? 'article' : 'articles';
  const what = state.q ? [`${noun} for “`, state.q, '”'] : [unqueried];
  status.replaceChildren(el('span', { id: 'result-count', tabindex: '-1' }, `${data.total.toLocaleString('en')} `, ...what, ` (${Math.round(data.tookMs)} ms)`));
  if (data.query.didYouMean) {
    const corrected = { ...state, q: data.query.didYouMean, page: 1 };
    // The server's notice says the same in words; here the corrected query is a link. A search that stopped early may
    // have missed matches, so it does not say there are none.
    const some = data.total > 0 || data.timedOut;
    // A word no article holds may be no typo ("blaze"): say so, so that results for "blamed" are not taken for its.
    const replaced = some && data.query.correctedWords?.length ? `No article contains ${data.query.correctedWords.map(w => `“${w}”`).join(', ')}. ` : '';
    status.append(el('span', { class: 'notice', id: 'did-you-mean' }, replaced, some ? 'Showing results for ' : 'Nothing matches ',
      el('a', { href: `?${toQueryString(corrected)}`, onclick: event => { event.preventDefault(); navigate(corrected); } }, data.query.didYouMean),
      some ? '.' : ' either, the query with its spelling corrected.',
      // The words that are in no article, and have no near spelling either, are why.
      !some && data.query.unknownWords?.length ? ` No article contains ${data.query.unknownWords.map(w => `“${w}”`).join(', ')}.` : ''));
  } else if (data.query.notice) {
    status.append(el('span', { class: 'notice' }, data.query.notice));
  }
  if (data.query.suggestedFilter) {
    status.append(suggestedFilter(data.query.suggestedFilter, state, navigate));
  }
  if (data.query.expansions.length) {
    status.append(el('span', { class: 'expansions' }, `Also searched: ${data.query.expansions.join('; ')}`));
  }
  if (data.timedOut) {
    status.append(el('span', { class: 'notice' }, 'The search took too long and stopped early: results and counts are partial.'));
  }
}

/** An outlet the words name, offered as its filter: outlets are not article text, so the words alone rarely find them. */
function suggestedFilter(suggestion, state, navigate) {
  // In place of any outlet chosen before: values of one filter are OR'ed, and the link promises this outlet's articles.
  const next = { ...state, q: suggestion.q, page: 1, filters: { ...state.filters, [suggestion.parameter]: [suggestion.value] } };
  const what = suggestion.parameter === 'original' ? `first published by ${suggestion.value}` : `from ${suggestion.value}`;
  const link = el('a', { href: `?${toQueryString(next)}`, onclick: event => { event.preventDefault(); navigate(next); } },
    suggestion.q ? `“${suggestion.q}” in articles ${what}` : `all articles ${what}`);
  return el('span', { class: 'notice', id: 'suggested-filter' }, 'Looking for an outlet? Show ', link, '.');
}

function renderChips(data, state, navigate) {
  const chips = document.getElementById('chips');
  // One chip per value in force: "outlet=WION&outlet=wion" selects WION once.
  const applied = data.applied.filter((f, i, all) => !(f.parameter === 'type' && !state.filters.type)
    && all.findIndex(g => g.parameter === f.parameter && g.value === f.value) === i);
  chips.replaceChildren(...applied.map(filter => {
    const label = `${DIMENSION_LABELS[filter.parameter] ?? filter.parameter}: ${chipValue(filter)}`;
    // A value no article has matches nothing: say so, or the empty list looks like the query's fault.
    const missing = filter.inIndex === false ? el('span', { class: 'chip-missing' }, ' (in no article)') : null;
    const remove = () => navigate(filter.parameter === 'from' || filter.parameter === 'to'
      ? { ...state, [filter.parameter]: '', page: 1 }
      : toggleFilter(state, filter.parameter, filter.value));
    return el('span', { class: 'chip' }, label, missing, el('button', { type: 'button', 'aria-label': `Remove ${label}`, onclick: remove }, '×'));
  }));
  if (applied.length > 0) {
    chips.append(el('button', { type: 'button', class: 'chip-clear', onclick: () => navigate(clearFilters(state)) }, 'Clear all'));
  }
}

/** A chip's value as the sidebar writes it: an entity's name, a date as "Dec 2024" or "27 Dec 2024". */
function chipValue(filter) {
  if (filter.parameter === 'entity') return splitEntity(filter.value).name;
  if (filter.parameter === 'date' && filter.value === 'unknown') return 'unknown';
  if (['date', 'from', 'to'].includes(filter.parameter) && /^\d{4}(-\d{2}){0,2}$/.test(filter.value)) return formatDate({ value: filter.value });
  return filter.value;
}

/** One result; `repeats` is the hit above whose report this one publishes again, if any. */
function renderHit(hit, state, navigate, repeats) {
  // A claim's hit opens the article it came from.
  const href = `?${toQueryString({ ...state, article: hit.articleId })}`;
  const title = el('a', { href, dataset: { article: hit.articleId }, onclick: event => { event.preventDefault(); navigate({ ...state, article: hit.articleId }); } });
  renderMarked(title, hit.title);
  const meta = [hit.outlet ?? 'Unknown outlet', hit.originalOutlet ? `originally ${hit.originalOutlet}` : null, formatDate(hit.published)]
    .filter(Boolean).join(' · ');
  const entities = hit.entities.slice(0, 8).map(entity => el('li', {},
    el('button', { type: 'button', title: `Filter by ${entity.name}`, onclick: () => navigate(toggleFilter(state, 'entity', entity.value)) }, splitEntity(entity.value).name)));
  return el('li', { class: 'hit' },
    el('article', { 'aria-label': hit.title.text },
      el('h2', {}, title),
      el('p', { class: 'meta' }, meta),
      repeats ? el('p', { class: 'same-report-tag' }, `The same report as ${repeats.outlet ?? 'the result'} above`) : null,
      renderMarked(el('p', { class: 'snippet' }), hit.snippet),
      hit.truncated ? el('p', { class: 'truncated-note' }, 'A long article: passages come from its opening part only.') : null,
      entities.length ? el('ul', { class: 'entities', 'aria-label': 'Entities' }, ...entities) : null));
}

/** For a page beyond the last (an old link, a hand-edited URL): says so and links to the last page. */
export function pastTheEnd(data, state, navigate) {
  const pages = Math.ceil(data.total / data.size);
  if (data.total === 0 || state.page <= pages) return null;
  const last = { ...state, page: pages };
  return el('li', { class: 'empty', id: 'past-the-end' }, `Page ${state.page} is past the last page. `,
    el('a', { href: `?${toQueryString(last)}`, onclick: event => { event.preventDefault(); navigate(last); } }, `Go to page ${pages}`), '.');
}

function renderPager(data, state, navigate) {
  const pager = document.getElementById('pager');
  const pages = Math.ceil(data.total / data.size);
  if (pages <= 1) {
    pager.replaceChildren();
    return;
  }
  const turn = page => () => {
    focusCountFor = toQueryString({ ...state, page });
    navigate({ ...state, page });
  };
  pager.replaceChildren(
    el('button', { type: 'button', disabled: state.page <= 1, onclick: turn(state.page - 1) }, 'Previous page'),
    el('span', {}, `Page ${state.page} of ${pages}`),
    el('button', { type: 'button', disabled: state.page >= pages, onclick: turn(state.page + 1) }, 'Next page'));
}
