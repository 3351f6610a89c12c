// The list of the window's events beside the map (by date, or deadliest first), and the downloads of the same query.

import { exportUrl } from './api.js';
import { windowQuery, DEADLIEST } from './view.js';
import { escapeHtml } from './text.js';
import { $, labels, state } from './state.js';

/** Every loaded event, a button each, in the timeline's order or deadliest first. */
export function drawList(view) {
    $('event-list').innerHTML = state.events.map((event) => `<li><button type="button" class="event-item${event.id === view.event ? ' selected' : ''}" data-id="${escapeHtml(event.id)}">
        <span class="title">${escapeHtml(event.title)}</span>
        <span class="when">${escapeHtml(event.date.label)}</span>
        <span class="where">${event.location ? escapeHtml(event.location.name) : 'no place'} · ${escapeHtml(labels.types[event.type] || event.type)}</span>
      </button></li>`).join('') || `<li class="empty">No event ${view.order === DEADLIEST ? 'with a figure of people killed matches' : 'matches'} in this window.</li>`;
}

export function drawDownloads(view) {
    const query = windowQuery(view);
    $('dl-csv').href = exportUrl(query, 'csv');
    $('dl-geojson').href = exportUrl(query, 'geojson');
    $('dl-timelinejs').href = exportUrl(query, 'timelinejs');
}
