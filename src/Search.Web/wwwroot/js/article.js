import { el, renderMarked, formatDate } from './dom.js';
import { toggleFilter, toQueryString } from './state.js';

const SOURCES = { manifest: 'the manifest', header: 'a header in the file', signature: "the publisher's signature", derived: 'the first sentence', unknown: 'unknown' };
let current = -1;

/** Renders an article with its matches numbered, its entities and the provenance of its metadata. */
export function renderArticle(data, state, navigate) {
  renderMarked(document.getElementById('article-title'), data.title);
  const meta = document.getElementById('article-meta');
  meta.replaceChildren(
    [data.outlet ?? 'Unknown outlet', data.originalOutlet ? `originally published by ${data.originalOutlet}` : null, formatDate(data.published)].filter(Boolean).join(' · '),
    data.url ? ' · ' : '',
    data.url ? el('a', { href: safeUrl(data.url), rel: 'noopener noreferrer', target: '_blank' }, 'original article') : '',
    // A heading made from the first sentence must not be quoted as the outlet's headline.
    data.provenance?.title === 'derived' ? el('span', { class: 'derived-title' }, ' · no headline in the source: the heading is its first words') : '',
    // Highlighting reads a bounded part of each text (SearchOptions.MaxAnalyzedChars): say so rather than imply no match.
    data.truncated ? el('span', { class: 'truncated-note' }, ' · a long article: matches are marked in its opening part only') : '');
  document.getElementById('article-entities').replaceChildren(...data.entities.map(entity => el('li', {},
    el('button', { type: 'button', onclick: () => navigate(toggleFilter({ ...state, article: '' }, 'entity', entity.value)) }, entity.name))));
  renderMarked(document.getElementById('article-body'), data.body, { numbered: true });
  renderClaimsOf(data.claims ?? [], state, navigate);
  renderProvenance(data.provenance);
  current = -1;
  const nav = document.getElementById('match-nav');
  nav.hidden = data.matchCount === 0;
  updatePosition(data.matchCount);
  if (data.matchCount > 0) step(1);
}

/** Moves to the next (+1) or previous (-1) match, wrapping around, and scrolls it into view. */
export function step(direction) {
  const marks = document.querySelectorAll('#article-body mark');
  if (marks.length === 0) return;
  marks[current]?.classList.remove('current');
  current = (current + direction + marks.length) % marks.length;
  marks[current].classList.add('current');
  marks[current].scrollIntoView({ block: 'center', behavior: 'smooth' });
  updatePosition(marks.length);
}

function updatePosition(count) {
  document.getElementById('match-position').textContent = count ? `Match ${current + 1} of ${count}` : '';
}

/**
 * Lists who claims what in the article, with the figures a comparison would weigh; a speaker's name opens the claims
 * view of everything they claimed that matches the query, across outlets.
 */
function renderClaimsOf(claims, state, navigate) {
  document.getElementById('article-claims').hidden = claims.length === 0;
  document.getElementById('article-claims-list').replaceChildren(...claims.map(({ text, claim }) => {
    const figures = claim.figures.filter(f => f.topic !== 'other').map(f => `${f.text} ${f.subject}`);
    const bySpeaker = toggleFilter({ ...state, view: 'claims', filters: Object.create(null) }, 'claimant', claim.claimant.name);
    return el('li', { class: 'claim' },
      claim.claimant.name === 'unattributed'
        ? el('span', { class: 'speaker' }, 'Unattributed')
        : el('a', { class: 'speaker', href: `?${toQueryString(bySpeaker)}`, onclick: event => { event.preventDefault(); navigate(bySpeaker); } }, claim.claimant.name),
      claim.cue ? [' ', el('span', { class: 'cue' }, claim.cue)] : '', ': ',
      el('q', {}, text),
      figures.length ? el('span', { class: 'figures' }, ` · ${figures.join('; ')}`) : '');
  }));
}

function renderProvenance(provenance) {
  const details = document.getElementById('article-provenance');
  details.hidden = !provenance;
  if (!provenance) return;
  const fields = ['title', 'outlet', 'original', 'published', 'url'];
  document.getElementById('provenance-list').replaceChildren(...fields.flatMap(field => [
    el('dt', {}, field), el('dd', {}, SOURCES[provenance[field]] ?? provenance[field])]));
  document.getElementById('evidence').replaceChildren(...provenance.evidence.map(e => el('blockquote', { title: e.kind }, e.text)));
}

/** What a similar article is to the open one when it is the same report (see the API's sameReport). */
const SAME_REPORT = {
  original: 'the original this article credits',
  reprint: 'a reprint crediting this article',
  earlier: 'the same report, published a day or more earlier',
  later: 'the same report, published later',
  same: 'the same report',
};

/**
 * Lists articles like the open one, marking those that are the same report published again; when one of them is the
 * original this article credits, or was published on an earlier day, says so under the headline. Hides both when there
 * are none (or the call failed).
 */
export function renderSimilar(data, state, navigate) {
  const section = document.getElementById('similar');
  const hits = data?.hits ?? [];
  const sameReport = data?.sameReport ?? {};
  const relation = hit => (Object.hasOwn(sameReport, hit.id) ? sameReport[hit.id] : null);
  const link = hit => el('a', { href: `?${toQueryString({ ...state, article: hit.id })}`, onclick: event => { event.preventDefault(); navigate({ ...state, article: hit.id }); } }, hit.title.text);
  section.hidden = hits.length === 0;
  document.getElementById('similar-list').replaceChildren(...hits.map(hit => el('li', {},
    link(hit),
    el('span', { class: 'meta' }, ` · ${hit.outlet ?? 'Unknown outlet'} · ${formatDate(hit.published)}`),
    relation(hit) ? el('span', { class: 'same-report-tag' }, ` · ${SAME_REPORT[relation(hit)] ?? SAME_REPORT.same}`) : '')));
  // Said under the headline only where the index has evidence of which came first: a credit line, or an earlier day.
  const first = hits.find(hit => relation(hit) === 'original') ?? hits.find(hit => relation(hit) === 'earlier');
  const note = document.getElementById('same-report');
  note.hidden = !first;
  note.replaceChildren(...(first
    ? [relation(first) === 'original' ? 'This article credits ' : 'The same report was published earlier by ', first.outlet ?? 'an unknown outlet',
      first.published ? ` on ${formatDate(first.published)}` : '', ': ', link(first)]
    : []));
}

/** Only http(s) links are followed; anything else (javascript:, data:) is dropped. */
function safeUrl(url) {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : '#';
  } catch {
    return '#';
  }
}
