import { el, renderMarked, formatDate } from './dom.js';
import { pastTheEnd } from './results.js';
import { toQueryString } from './state.js';

/** Renders claim cards: who said it, how, where and when, and the claim with the query's matches marked. */
export function renderClaims(data, state, navigate) {
  const list = document.getElementById('claims');
  list.replaceChildren(...data.hits.map(hit => {
    const claim = hit.claim;
    // The view stays: Back returns to the claims, whose filters (claimant=) would match no article.
    const open = { ...state, article: hit.articleId };
    return el('li', { class: 'hit claim' },
      el('article', { 'aria-label': `Claim by ${claim?.claimant.name ?? hit.claimant}` },
        el('p', { class: 'meta' },
          el('span', { class: 'speaker' }, claim?.claimant.name ?? hit.claimant ?? ''), ' ',
          el('span', { class: 'cue' }, claim?.cue ?? ''), ' · ',
          `${hit.outlet ?? 'Unknown outlet'} · ${formatDate(hit.published)} · `,
          el('a', { href: `?${toQueryString(open)}`, dataset: { article: hit.articleId }, onclick: event => { event.preventDefault(); navigate(open); } }, 'in the article')),
        renderMarked(el('p', { class: 'snippet' }), hit.snippet)));
  }));
  if (data.hits.length === 0) {
    list.append(pastTheEnd(data, state, navigate) ?? el('li', { class: 'empty' }, 'No claims match.'));
  }
}

const TOPICS = { casualties: 'Casualties', deployed: 'Forces deployed', captured: 'Captured, detained or arrested', cases: 'Cases of illness', displaced: 'Displaced and evacuated', crowd: 'Crowd size', missing: 'Missing', homes: 'Homes destroyed or damaged' };

/**
 * Renders one table per group: each outlet's figure with its date, claimant and wording, a link to the article, and
 * spelt out under the table the pairs of reports whose figures cannot both be true and those that give the same
 * figure for different counts (one outlet's "killed" for another's "killed or wounded").
 */
export function renderComparison(data, state, navigate) {
  const section = document.getElementById('comparison');
  section.replaceChildren(...data.groups.map(group => {
    // Two sources one article sets against each other disagree, not its outlet with another.
    const withinArticles = group.conflicts.length > 0 && group.conflicts.every(c => group.rows[c.firstRow]?.articleId === group.rows[c.secondRow]?.articleId);
    const verdict = group.disagreement
      ? el('span', { class: 'verdict disagree' }, withinArticles && group.conflictCount === group.conflicts.length ? 'Sources disagree' : 'Outlets disagree')
      : group.measureDifferenceCount
        ? el('span', { class: 'verdict differ' }, 'Counts differ')
        // Figures that cannot both hold, none of them naming what was searched: maybe another event, so not flagged,
        // but not called agreeing either.
        : group.unaskedDifferences
          ? el('span', { class: 'verdict differ', title: 'Some of these figures cannot both be right, but none of their claims names what you searched for: they may be of another event. Compare them yourself.' }, 'Figures differ')
          : el('span', { class: 'verdict agree' }, 'No disagreement');
    const rows = group.rows.map(row => {
      const open = { ...state, article: row.articleId };
      return el('tr', { class: row.conflicting ? 'conflict' : row.countsDiffer ? 'measure' : null },
        el('td', {},
          el('a', { href: `?${toQueryString(open)}`, dataset: { article: row.articleId }, onclick: event => { event.preventDefault(); navigate(open); } }, row.outlet ?? row.articleId),
          row.copyOf ? ` (copy of ${copiedOutlet(group.rows, row.copyOf)})` : row.reprintOf ? ` (reprint of ${row.reprintOf})` : ''),
        el('td', { class: 'date' }, formatDate(row.published)),
        // Who the person speaks for, when the article says: "Ricardo Ilagan (NDRRMC)".
        el('td', {}, row.claimant, row.speaksFor ? el('span', { class: 'speaks-for' }, ` (${row.speaksFor})`) : ''),
        // The wording behind the figure opens under it, for the keyboard and touch as for the mouse.
        el('td', { class: 'figure' }, row.wording
          ? el('details', {}, el('summary', {}, row.figure.text), el('q', { class: 'wording' }, row.wording))
          : row.figure.text),
        el('td', { class: 'interval' }, readableInterval(row.figure.interval)),
        el('td', {}, row.figure.subject, row.earlierCount ? el('span', { class: 'earlier' }, ' (an earlier count)') : '',
          row.deniedBy ? el('span', { class: 'denied' }, ` (denied by ${row.deniedBy})`) : ''));
    });
    // Pairs point at rows by position: a claim with two figures ("100 killed and 1,000 injured") has two rows.
    const conflicts = group.conflicts.map(c => [group.rows[c.firstRow], group.rows[c.secondRow]]).filter(([a, b]) => a && b)
      .map(([a, b]) => el('li', {}, a.articleId === b.articleId
        // Two sources one article sets against each other: the sources, not the outlet, disagree.
        ? `In ${a.outlet ?? a.articleId}, ${a.claimant} (“${a.figure.text}”) and ${b.claimant} (“${b.figure.text}”) cannot both be right about ${a.figure.subject}.`
        : `${a.outlet ?? a.articleId} (“${a.figure.text}”) and ${b.outlet ?? b.articleId} (“${b.figure.text}”) cannot both be right about ${a.figure.subject}.`));
    const differences = measureDifferences(group.measureDifferences, group.rows);
    const unlisted = (count, listed, what) => count > listed ? [el('li', { class: 'more' }, `…and ${(count - listed).toLocaleString('en')} more pairs ${what}.`)] : [];
    conflicts.push(...unlisted(group.conflictCount, group.conflicts.length, 'that cannot both be right'));
    differences.push(...unlisted(group.measureDifferenceCount, group.measureDifferences.length, 'with about the same figure for different counts'));
    const source = group.source === 'unattributed' ? ', unattributed' : ` according to ${group.source}`;
    return el('div', { class: 'group' },
      el('h3', {}, `${TOPICS[group.topic] ?? group.topic}${source}`, verdict),
      el('p', { class: 'meta' }, `${group.outlets} outlet${group.outlets === 1 ? '' : 's'}, ${group.independentSources} independent report${group.independentSources === 1 ? '' : 's'}`),
      // Each group is one source's: where other sources give figures that cannot hold beside these on the same day, say so.
      group.differingSources.length
        ? el('p', { class: 'other-sources' }, `Other sources differ on the same day: ${group.differingSources.join(', ')}.`)
        : null,
      el('div', { class: 'table-scroll' },
        el('table', {},
          el('thead', {}, el('tr', {}, ...['Outlet', 'Date', 'Claimant', 'Figure', 'Range', 'What it counts'].map(h => el('th', { scope: 'col' }, h)))),
          el('tbody', {}, ...rows))),
      conflicts.length || differences.length ? el('ul', { class: 'conflicts', 'aria-label': 'Disagreements' }, ...conflicts, ...differences) : null);
  }));
}

/**
 * One sentence per report whose count differs from several others' (the others' wording in brackets), rather than one
 * per pair: "M10 News gives “more than 3,000” killed; WION (“more than 3,000”) and Business Insider (“over 3,000”)
 * give about the same figure for killed or wounded."
 */
function measureDifferences(differences, rows) {
  const counts = key => key.replaceAll('-', ' ');
  const partners = new Map();
  for (const d of differences.filter(d => rows[d.firstRow] && rows[d.secondRow])) {
    for (const [row, other, key, otherKey] of [[d.firstRow, d.secondRow, d.firstCounts, d.secondCounts], [d.secondRow, d.firstRow, d.secondCounts, d.firstCounts]]) {
      if (!partners.has(row)) partners.set(row, { key, others: new Map() });
      partners.get(row).others.set(other, otherKey);
    }
  }
  const items = [];
  // The report at odds with the most others speaks first; a pair already told is not told again.
  for (const [index, { key, others }] of [...partners].sort((a, b) => b[1].others.size - a[1].others.size)) {
    const left = [...others].filter(([other]) => partners.get(other).others.has(index));
    if (left.length === 0) continue;
    for (const [other] of left) {
      partners.get(other).others.delete(index);
    }
    const row = rows[index];
    const names = left.map(([other]) => rows[other]).map(r => `${r.outlet ?? r.articleId} (“${r.figure.text}”)`);
    const theirCounts = [...new Set(left.map(([, otherKey]) => counts(otherKey)))].join(' or ');
    items.push(el('li', { class: 'measure' },
      `${row.outlet ?? row.articleId} gives “${row.figure.text}” ${counts(key)}; ${listed(names)} give${names.length === 1 ? 's' : ''} about the same figure for ${theirCounts}.`));
  }
  return items;
}

/** "A", "A and B", "A, B and C". */
function listed(items) {
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
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

/** The outlet of the article a row copies, when the group lists it; else the article's id. */
function copiedOutlet(rows, articleId) {
  return rows.find(r => r.articleId === articleId)?.outlet ?? articleId;
}
