import { el, renderMarked, formatDate } from './dom.js';
import { toQueryString } from './state.js';

/** Renders claim cards: who said it, how, where and when, and the claim with the query's matches marked. */
export function renderClaims(data, state, navigate) {
  const list = document.getElementById('claims');
  list.replaceChildren(...data.hits.map(hit => {
    const claim = hit.claim;
    const open = { ...state, article: hit.articleId, view: '' };
    return el('li', { class: 'hit claim' },
      el('article', { 'aria-label': `Claim by ${claim?.claimant.name ?? hit.claimant}` },
        el('p', { class: 'meta' },
          el('span', { class: 'speaker' }, claim?.claimant.name ?? hit.claimant ?? ''), ' ',
          el('span', { class: 'cue' }, claim?.cue ?? ''), ' · ',
          `${hit.outlet ?? 'Unknown outlet'} · ${formatDate(hit.published)} · `,
          el('a', { href: `?${toQueryString(open)}`, onclick: event => { event.preventDefault(); navigate(open); } }, 'in the article')),
        renderMarked(el('p', { class: 'snippet' }), hit.snippet)));
  }));
  if (data.hits.length === 0) {
    list.append(el('li', { class: 'empty' }, 'No claims match.'));
  }
}

const TOPICS = { casualties: 'Casualties', deployed: 'Troops deployed', captured: 'Captured' };

/** Renders one table per group: each outlet's wording and interval, with the rows that cannot all be true marked. */
export function renderComparison(data) {
  const section = document.getElementById('comparison');
  section.replaceChildren(...data.groups.map(group => {
    const conflicting = new Set(group.conflicts.flatMap(c => [c.first, c.second]));
    const verdict = group.disagreement
      ? el('span', { class: 'verdict disagree' }, 'Outlets disagree')
      : el('span', { class: 'verdict agree' }, 'No disagreement');
    const rows = group.rows.map(row => el('tr', { class: conflicting.has(row.claimId) ? 'conflict' : null },
      el('td', {}, row.outlet ?? row.articleId, row.copyOf ? ` (copy of ${row.copyOf})` : row.reprintOf ? ` (reprint of ${row.reprintOf})` : ''),
      el('td', {}, row.claimant),
      el('td', { class: 'figure' }, row.figure.text),
      el('td', { class: 'interval' }, row.figure.interval),
      el('td', {}, row.figure.subject)));
    return el('div', { class: 'group' },
      el('h3', {}, `${TOPICS[group.topic] ?? group.topic} according to ${group.source}`, verdict),
      el('p', { class: 'meta' }, `${group.outlets} outlet${group.outlets === 1 ? '' : 's'}, ${group.independentSources} independent report${group.independentSources === 1 ? '' : 's'}`),
      el('table', {},
        el('thead', {}, el('tr', {}, ...['Outlet', 'Claimant', 'Figure', 'Interval', 'What it counts'].map(h => el('th', { scope: 'col' }, h)))),
        el('tbody', {}, ...rows)));
  }));
}
