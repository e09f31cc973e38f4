import { el, renderMarked, formatDate } from './dom.js';
import { pastTheEnd } from './results.js';
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
    list.append(pastTheEnd(data, state, navigate) ?? el('li', { class: 'empty' }, 'No claims match.'));
  }
}

const TOPICS = { casualties: 'Casualties', deployed: 'Troops deployed', captured: 'Captured' };

/**
 * Renders one table per group: each outlet's figure with its date, claimant and wording, a link to the article, and
 * the pairs of reports whose figures cannot both be true spelt out under the table.
 */
export function renderComparison(data, state, navigate) {
  const section = document.getElementById('comparison');
  section.replaceChildren(...data.groups.map(group => {
    const byId = new Map(group.rows.map(row => [row.claimId, row]));
    const conflicting = new Set(group.conflicts.flatMap(c => [c.first, c.second]));
    const verdict = group.disagreement
      ? el('span', { class: 'verdict disagree' }, 'Outlets disagree')
      : el('span', { class: 'verdict agree' }, 'No disagreement');
    const rows = group.rows.map(row => {
      const open = { ...state, article: row.articleId, view: '' };
      return el('tr', { class: conflicting.has(row.claimId) ? 'conflict' : null },
        el('td', {},
          el('a', { href: `?${toQueryString(open)}`, onclick: event => { event.preventDefault(); navigate(open); } }, row.outlet ?? row.articleId),
          row.copyOf ? ` (copy of ${row.copyOf})` : row.reprintOf ? ` (reprint of ${row.reprintOf})` : ''),
        el('td', { class: 'date' }, formatDate(row.published)),
        el('td', {}, row.claimant),
        el('td', { class: 'figure', title: row.wording ?? '' }, row.figure.text),
        el('td', { class: 'interval' }, readableInterval(row.figure.interval)),
        el('td', {}, row.figure.subject));
    });
    const conflicts = group.conflicts.map(c => [byId.get(c.first), byId.get(c.second)]).filter(([a, b]) => a && b)
      .map(([a, b]) => el('li', {}, `${a.outlet ?? a.articleId} (“${a.figure.text}”) and ${b.outlet ?? b.articleId} (“${b.figure.text}”) cannot both be right about ${a.figure.subject}.`));
    const source = group.source === 'unattributed' ? ', unattributed' : ` according to ${group.source}`;
    return el('div', { class: 'group' },
      el('h3', {}, `${TOPICS[group.topic] ?? group.topic}${source}`, verdict),
      el('p', { class: 'meta' }, `${group.outlets} outlet${group.outlets === 1 ? '' : 's'}, ${group.independentSources} independent report${group.independentSources === 1 ? '' : 's'}`),
      el('div', { class: 'table-scroll' },
        el('table', {},
          el('thead', {}, el('tr', {}, ...['Outlet', 'Date', 'Claimant', 'Figure', 'Range', 'What it counts'].map(h => el('th', { scope: 'col' }, h)))),
          el('tbody', {}, ...rows))),
      conflicts.length ? el('ul', { class: 'conflicts', 'aria-label': 'Disagreements' }, ...conflicts) : null);
  }));
}

/** "(3000, ∞)" → "over 3,000", "[2700, 3000)" → "2,700 to under 3,000", "[0, 500]" → "up to 500", "[12, 12]" → "12". */
export function readableInterval(interval) {
  const match = /^([[(])\s*([^,]+),\s*([^\])]+)([\])])$/.exec(interval ?? '');
  if (!match) return interval ?? '';
  const [, open, low, high, close] = match;
  const number = text => Number(text).toLocaleString('en');
  if (high.trim() === '∞') return `${open === '(' ? 'over' : 'at least'} ${number(low)}`;
  if (Number(low) === 0) return `${close === ')' ? 'under' : 'up to'} ${number(high)}`;
  if (low === high) return number(low);
  return `${number(low)} to ${close === ')' ? 'under ' : ''}${number(high)}`;
}
