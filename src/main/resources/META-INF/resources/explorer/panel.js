// An event's panel: its envelope, provenance, places, actors, claims side by side, quotes, sources, related and
// corroborating events, and history.

import { getJson } from './api.js';
import { escapeHtml, words, claimRange } from './text.js';

/** Fills the panel with the event and its history; links inside call back to filter or open another event. */
export async function showEvent(body, id, typeLabels, signal) {
    const path = '/events/' + encodeURIComponent(id);
    const [event, history, corroboration] = await Promise.all([
        getJson(path, null, signal),
        getJson(path + '/history', { limit: 50 }, signal).catch(() => null),
        getJson(path + '/corroboration', { limit: 10 }, signal).catch(() => null),
    ]);
    body.innerHTML = `
      <h2 id="panel-title" tabindex="-1">${escapeHtml(event.title)}</h2>
      <p class="meta"><span class="badge cat-${escapeHtml(event.category)}">${escapeHtml(typeLabels[event.type] || words(event.type))}</span>
        ${escapeHtml(words(event.status))}</p>
      <p class="when"><strong>${escapeHtml(event.date.label)}</strong> <code title="EDTF">${escapeHtml(event.date.edtf)}</code></p>
      <p class="summary">${escapeHtml(event.summary)}</p>
      ${provenance(event)}
      ${places(event)}
      ${actors(event)}
      ${claims(event)}
      ${quotes(event)}
      ${sources(event)}
      ${related(event)}
      ${corroborating(corroboration)}
      ${revisions(history)}`;
    return event;
}

/** Where the record comes from: its dataset, whether it stands for many incidents, its source's point and codes. */
function provenance(event) {
    const lines = [];
    if (event.dataset) {
        lines.push(`Dataset: <a href="#" data-filter="dataset" data-value="${escapeHtml(event.dataset)}">${escapeHtml(event.dataset)}</a>`);
    }
    if (event.aggregate) lines.push('<strong class="aggregate">An aggregate: the source reports many incidents as this one record.</strong>');
    if (event.point) {
        lines.push(`Mapped at the source's point ${escapeHtml(String(event.point.lat))}, ${escapeHtml(String(event.point.lon))}
            (${escapeHtml(precisionWords(event.point.precision))})`);
    }
    if (event.codes && event.codes.length) {
        lines.push('Source codes: ' + event.codes.map((code) => `<code title="${escapeHtml(code.label || '')}">${escapeHtml(code.scheme)}:${escapeHtml(code.code)}</code>`).join(' '));
    }
    return lines.length ? '<ul class="provenance">' + lines.map((line) => '<li>' + line + '</li>').join('') + '</ul>' : '';
}

function places(event) {
    if (!event.locations.length) return '<h3>Places</h3><p>No place given.</p>';
    return '<h3>Places</h3><ul class="places">' + event.locations.map((place) => `<li>
        <a href="#" data-filter="location" data-value="${escapeHtml(place.slug)}">${escapeHtml(place.name)}</a>
        (${escapeHtml(words(place.kind))}, ${escapeHtml(words(place.role))}; point: ${place.point ? escapeHtml(precisionWords(place.location_precision)) : 'none'})</li>`).join('') + '</ul>';
}

function precisionWords(precision) {
    return precision === 'exact' || precision === 'near' ? 'the site (' + precision + ')' : 'centroid of the ' + precision;
}

function actors(event) {
    if (!event.actors.length) return '';
    return '<h3>Actors</h3><ul class="actors">' + event.actors.map((actor) => `<li>
        <a href="#" data-filter="actor" data-value="${escapeHtml(actor.slug)}">${escapeHtml(actor.name)}</a>
        <span class="role">${escapeHtml(words(actor.role))}</span></li>`).join('') + '</ul>';
}

/** Every claim in one row of cards, ordered by what it counts, so conflicting figures stand side by side. */
function claims(event) {
    if (!event.claims.length) return '';
    const counted = (claim) => words(claim.measure) + (claim.group ? ' · ' + words(claim.group) : '');
    const sorted = event.claims.slice().sort((a, b) => counted(a).localeCompare(counted(b)));
    return '<h3>Claims</h3><div class="claims" role="list">' + sorted.map((claim) => `
          <div class="claim" role="listitem">
            <h4>${escapeHtml(counted(claim))}</h4>
            <p class="value">${escapeHtml(claimRange(claim))}</p>
            <p class="reported">“${escapeHtml(claim.reported_as || '')}”</p>
            <dl>
              <dt>Qualifier</dt><dd class="qualifier">${escapeHtml(words(claim.qualifier))}</dd>
              ${claim.estimate ? `<dt>Estimate</dt><dd class="estimate">${escapeHtml(claim.estimate)}</dd>` : ''}
              ${claim.group_actor ? `<dt>Counted among</dt><dd class="group-actor">${escapeHtml(claim.group_actor.name)}</dd>` : ''}
              <dt>Claimed by</dt><dd class="attribution">${claim.attributed_to ? escapeHtml(claim.attributed_to.name) : 'not attributed'}</dd>
              <dt>Source</dt><dd class="source">${sourceLink(claim.source)}</dd>
              <dt>Verification</dt><dd class="verification">${escapeHtml(words(claim.verification))}</dd>
              ${claim.period ? `<dt>Period</dt><dd>${escapeHtml(claim.period.label)}</dd>` : ''}
            </dl>
          </div>`).join('') + '</div>';
}

function sourceLink(source) {
    if (!source) return 'none';
    const title = escapeHtml(source.title || source.slug) + (source.publisher ? ', ' + escapeHtml(source.publisher) : '');
    return source.url ? `<a href="${escapeHtml(source.url)}" rel="noopener noreferrer" target="_blank">${title}</a>` : title;
}

function quotes(event) {
    if (!event.quotes.length) return '';
    return '<h3>Quotes</h3>' + event.quotes.map((quote) => `<blockquote><p>“${escapeHtml(quote.text)}”</p>
        <footer>${quote.speaker ? escapeHtml(quote.speaker.name) : 'unnamed speaker'}${quote.source ? ', in ' + sourceLink(quote.source) : ''}</footer></blockquote>`).join('');
}

function sources(event) {
    if (!event.sources.length) return '';
    return '<h3>Sources</h3><ul class="sources">' + event.sources.map((source) => `<li>${sourceLink(source)}
        ${source.published_on ? '(' + escapeHtml(source.published_on) + ')' : ''}
        ${source.attribution ? '<br><span class="attribution-note">' + escapeHtml(source.attribution) + '</span>' : ''}</li>`).join('') + '</ul>';
}

function related(event) {
    if (!event.related.length) return '';
    return '<h3>Related events</h3><ul class="related">' + event.related.map((other) => `<li>${escapeHtml(words(other.relation))}:
        <a href="#" data-event="${escapeHtml(other.id)}">${escapeHtml(other.title)}</a> (${escapeHtml(other.date.label)})</li>`).join('') + '</ul>';
}

/** Events of other datasets that may report the same happening, best match first, each with its figures and why. */
function corroborating(corroboration) {
    if (!corroboration || !corroboration.items.length) return '';
    return '<h3>Reported elsewhere</h3><ol class="corroboration">' + corroboration.items.map((item) => `<li>
        <a href="#" data-event="${escapeHtml(item.event.id)}">${escapeHtml(item.event.title)}</a>
        (${escapeHtml(item.event.date.label)}; ${escapeHtml(item.event.dataset)})
        ${item.event.claims.length ? '<br>' + item.event.claims.map((claim) => escapeHtml(words(claim.measure) + ' ' + claimRange(claim)
            + (claim.estimate ? ' (' + claim.estimate + ')' : ''))).join('; ') : ''}
        <br><span class="why">${escapeHtml(item.why.text)}</span></li>`).join('') + '</ol>';
}

function revisions(history) {
    if (!history) return '';
    return '<h3>History</h3><ol class="history">' + history.items.map((revision) => `<li>
        <time datetime="${escapeHtml(revision.changed_at)}">${escapeHtml(revision.changed_at.slice(0, 16).replace('T', ' '))}</time>
        ${escapeHtml(revision.change)} by ${escapeHtml(revision.author)}: ${escapeHtml(revision.changed_fields.join(', '))}</li>`).join('') + '</ol>'
        + (history.next_cursor ? '<p>More revisions follow: page on with <code>next_cursor</code>.</p>' : '');
}
