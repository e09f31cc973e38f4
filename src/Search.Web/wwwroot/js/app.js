import { readState, toQueryString, switchView, clearFilters, hasFilters, adoptApplied } from './state.js';
import * as api from './api.js';
import { renderResults } from './results.js';
import { renderFacets } from './facets.js';
import { renderArticle, step } from './article.js';
import { el } from './dom.js';
import { attachSuggestions } from './suggest.js';
import { renderSimilar } from './article.js';
import { renderClaims, renderComparison } from './claims.js';

const resultsView = document.getElementById('results-view');
const articleView = document.getElementById('article-view');
const input = document.getElementById('q');
let renderToken = 0;
// The article on screen, so that leaving it puts the keyboard back on the link that opened it.
let shownArticle = '';
// Which of the links to that article opened it: a claim card, a comparison row and a hit may all link to one article.
let openerIndex = 0;

/** Goes to a new state: records it in the history (so back works) and renders it. */
function navigate(state) {
  const query = toQueryString(state);
  // The address already shown (a link followed twice, Enter and a click): no second history entry, which Back would
  // land on, showing the same article again.
  if (query === window.location.search.slice(1)) {
    render(state);
    return;
  }
  const fromResults = !readState().article && Boolean(state.article);
  if (fromResults) openerIndex = Math.max(0, linksTo(state.article).indexOf(document.activeElement));
  history.pushState({ fromResults }, '', query ? `?${query}` : window.location.pathname);
  render(state);
}

async function render(state) {
  const token = ++renderToken;
  input.value = state.q;
  try {
    if (state.article) {
      const data = await api.article(state.article, state.q);
      if (token !== renderToken) return;
      resultsView.hidden = true;
      articleView.hidden = false;
      document.getElementById('back').href = `?${toQueryString({ ...state, article: '' })}`;
      renderArticle(data, state, navigate);
      renderSimilar(null); // the last article's list and note go until this one's arrive
      document.title = `${data.title.text} — News Search`;
      if (shownArticle !== state.article) articleView.focus({ preventScroll: true });
      shownArticle = state.article;
      api.similar(state.article).then(similar => { if (token === renderToken) renderSimilar(similar, state, navigate); }).catch(() => { if (token === renderToken) renderSimilar(null); });
    } else if (state.view === 'claims') {
      const [data, comparison] = await Promise.all([api.claims(state), api.compare(state)]);
      if (token !== renderToken) return;
      state = adoptSpellings(state, data);
      showResults('claims');
      renderResults(data, state, navigate);
      document.getElementById('hits').replaceChildren();
      renderClaims(data, state, navigate);
      renderComparison(comparison, state, navigate);
      renderFacets(data, state, navigate);
      document.title = `Claims${state.q ? `: ${state.q}` : ''} — News Search`;
      leaveArticle();
    } else {
      const data = await api.search(state);
      if (token !== renderToken) return;
      state = adoptSpellings(state, data);
      showResults('articles');
      renderResults(data, state, navigate);
      renderFacets(data, state, navigate);
      document.title = state.q ? `${state.q} — News Search` : 'News Search';
      leaveArticle();
    }
  } catch (error) {
    if (token !== renderToken) return;
    showError(error, state);
  }
}

/** Rewrites the address with the filters as the index spells them, without a new history entry. */
function adoptSpellings(state, data) {
  const adopted = adoptApplied(state, data.applied);
  if (adopted !== state) history.replaceState(history.state, '', `?${toQueryString(adopted)}`);
  return adopted;
}

/** Back from an article: the keyboard returns to the link that opened it, or to the result count, not to a hidden link. */
function leaveArticle() {
  if (!shownArticle) return;
  // Not when the keyboard went elsewhere meanwhile (a new search typed in the header while the article was open).
  const active = document.activeElement;
  if (active && active !== document.body && !articleView.contains(active)) {
    shownArticle = '';
    return;
  }
  const links = linksTo(shownArticle);
  const link = links[openerIndex] ?? links[0] ?? document.getElementById('result-count');
  shownArticle = '';
  openerIndex = 0;
  link?.focus({ preventScroll: true });
}

/** The results' links to an article, in page order (the same for the same state, so an index finds one again). */
function linksTo(article) {
  return [...resultsView.querySelectorAll(`a[data-article="${CSS.escape(article)}"]`)];
}

/** Shows the results area with the articles or the claims tab selected. */
function showResults(view) {
  articleView.hidden = true;
  resultsView.hidden = false;
  for (const [tab, panel, name] of [['tab-articles', 'articles-panel', 'articles'], ['tab-claims', 'claims-panel', 'claims']]) {
    document.getElementById(tab).setAttribute('aria-selected', String(view === name));
    // Only the selected tab is in the Tab order; the arrow keys move between tabs (the ARIA tabs pattern).
    document.getElementById(tab).tabIndex = view === name ? 0 : -1;
    document.getElementById(panel).hidden = view !== name;
  }
}

/** Shows what went wrong in place of the results, with a way out when a filter or a date range may be the cause. */
function showError(error, state) {
  articleView.hidden = true;
  shownArticle = '';
  resultsView.hidden = false;
  document.getElementById('hits').replaceChildren();
  document.getElementById('claims').replaceChildren();
  document.getElementById('comparison').replaceChildren();
  document.getElementById('pager').replaceChildren();
  document.getElementById('chips').replaceChildren();
  const message = error instanceof api.ApiError ? error.message : 'The search service could not be reached.';
  const clear = hasFilters(state) && error instanceof api.ApiError
    ? el('button', { type: 'button', class: 'chip-clear', id: 'clear-after-error', onclick: () => navigate(clearFilters(state)) }, 'Clear filters and dates')
    : null;
  const notice = el('span', { class: 'notice', role: 'alert' }, message);
  document.getElementById('status').replaceChildren(...(clear ? [notice, clear] : [notice]));
}

// The article's sticky bar sits just under the header, whose height changes when it wraps on a narrow screen.
new ResizeObserver(([entry]) => document.documentElement.style.setProperty('--header-height', `${entry.target.offsetHeight}px`))
  .observe(document.querySelector('header.top'));

const suggestions = attachSuggestions(input, {
  onSearch: text => navigate({ ...readState(), q: text, page: 1, article: '' }),
  onOpen: id => navigate({ ...readState(), article: id }),
});

document.getElementById('search-form').addEventListener('submit', event => {
  event.preventDefault();
  suggestions.close();
  const state = readState();
  navigate({ ...state, q: input.value.trim(), page: 1, article: '' });
});

document.getElementById('tab-articles').addEventListener('click', () => navigate(switchView(readState(), '')));
document.getElementById('tab-claims').addEventListener('click', () => navigate(switchView(readState(), 'claims')));

document.querySelector('[role=tablist]').addEventListener('keydown', event => {
  const tabs = [...event.currentTarget.querySelectorAll('[role=tab]')];
  const at = tabs.indexOf(event.target);
  const next = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: tabs.length - 1 }[event.key];
  // Alt+Left is the browser's Back, not the tab before.
  if (at < 0 || next === undefined || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
  event.preventDefault();
  const tab = tabs[(next + tabs.length) % tabs.length];
  tab.focus();
  // By the address, not aria-selected, which changes only once the tab's results arrive: keys pressed quickly follow each other.
  if (readState().view !== (tab.id === 'tab-claims' ? 'claims' : '')) tab.click();
});

document.getElementById('sort').addEventListener('change', event => navigate({ ...readState(), sort: event.target.value, page: 1 }));

document.getElementById('back').addEventListener('click', event => {
  event.preventDefault();
  // Return to the list the reader came from when there is one, so its scroll position is kept.
  if (history.state?.fromResults) history.back();
  else navigate({ ...readState(), article: '' });
});

document.getElementById('prev-match').addEventListener('click', () => step(-1));
document.getElementById('next-match').addEventListener('click', () => step(1));

document.addEventListener('keydown', event => {
  // Single keys act only with the keyboard in the article (WCAG 2.1.4), which takes it when it opens or is clicked.
  if (articleView.hidden || !articleView.contains(event.target) || event.target.closest('input, select, textarea')
    || event.ctrlKey || event.metaKey || event.altKey) return;
  if (event.key === 'n' || event.key === 'j') step(1);
  if (event.key === 'p' || event.key === 'k') step(-1);
});

window.addEventListener('popstate', () => render(readState()));
render(readState());
