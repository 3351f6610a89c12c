// The explorer's page: reads the view from the URL, loads what changed from the API and draws every pane.

import { getJson, exportUrl } from './api.js';
import { readView, viewUrl, windowQuery, filterQuery, firstDay, lastDay, daysBetween, addDays, FILTERS } from './view.js';
import { drawOverview, drawTimeline, zoomWindow, panWindow } from './timeline.js';
import { EventMap } from './map.js';
import { showEvent } from './panel.js';
import { drawFigures } from './figures.js';
import { escapeHtml } from './text.js';

/** One page of events, the API's largest: the page never holds more than one request's worth at a time. */
const PAGE = 500;

const $ = (id) => document.getElementById(id);
const labels = { types: {}, categories: {} };
const state = {
    view: readView(location.search),
    overview: null, overviewKey: null, extent: null,
    events: [], nextCursor: null, eventsKey: null,
    figuresKey: null, panelId: null,
};
let map;
/** The event types' labels, for the type field and the lanes; the page counts as ready once they are in. */
let labelsLoaded = Promise.resolve();

async function start() {
    map = new EventMap($('map'), (id) => navigate({ ...state.view, event: id }));
    bindControls();
    // the labels load beside the first view's data, not before it
    // (a page of events draws at once with type codes, then again with their labels)
    labelsLoaded = getJson('/event-types').then((types) => {
        fillTypes(types.items);
        if (state.eventsKey !== null) drawAll(state.view);
    }).catch(report);
    await render();
    document.body.dataset.ready = 'true';
    // the first view complete, labels included: the benchmark reads this mark and 'explorer-drawn'
    performance.mark('explorer-ready');
}

/** Pushes a new view to the history (back and forward return to it) and draws it. */
function navigate(view, replace) {
    const url = viewUrl(view);
    if (url !== location.pathname + location.search) {
        history[replace ? 'replaceState' : 'pushState'](null, '', url);
    }
    state.view = view;
    return render();
}

window.addEventListener('popstate', () => {
    state.view = readView(location.search);
    render();
});

/** Draws the view, fetching only what its change needs: the overview for new filters, a page for a new window. */
async function render() {
    const view = state.view;
    fillForm(view);
    document.body.dataset.ready = 'false';
    try {
        const filterKey = filterQuery(view).toString();
        const eventsKey = windowQuery(view).toString();
        const loads = [];
        if (filterKey !== state.overviewKey) loads.push(loadOverview(view, filterKey));
        if (eventsKey !== state.eventsKey) loads.push(loadEvents(view, eventsKey));
        await Promise.all(loads);
        drawAll(view);
        // the first time: the view is drawn and usable (the type labels may still be on their way)
        if (!performance.getEntriesByName('explorer-drawn').length) performance.mark('explorer-drawn');
        const figuresKey = filterKey + '|' + view.measure;
        if (figuresKey !== state.figuresKey && state.overview) {
            state.figuresKey = figuresKey;
            drawFigures($('figures'), filterQuery(view), view.measure, state.overview.interval, state.overview)
                .catch((error) => { $('figures').textContent = error.message; });
        }
        await openPanel(view.event);
        await labelsLoaded;
    } catch (error) {
        report(error);
    } finally {
        document.body.dataset.ready = 'true';
    }
}

/** The stats' bucket limit is 5,000; the overview keeps well below it, so a far-flung extent shows its latest part. */
const MOST_BUCKETS = 4000;

/**
 * The overview: the filtered period's extent from its earliest and latest events (one row each, by the
 * keyset order), then counts per bucket over it, in the finest interval that keeps the chart readable.
 */
async function loadOverview(view, key) {
    const filters = filterQuery(view);
    const [first, last] = await Promise.all([
        getJson('/events', withParams(filters, { limit: 1 })),
        getJson('/events', withParams(filters, { limit: 1, sort: '-date' })),
    ]);
    state.extent = extentOf(view, first.items[0], last.items[0]);
    state.overview = null;
    if (state.extent) {
        const days = daysBetween(state.extent.start, state.extent.end);
        const interval = days <= 92 ? 'day' : days <= 731 ? 'week' : days <= 40 * 366 ? 'month' : 'year';
        let from = state.extent.start;
        if (interval === 'year' && days > MOST_BUCKETS * 365) from = addDays(state.extent.end, -MOST_BUCKETS * 365);
        state.overview = await getJson('/stats/timeline', withParams(filters, { interval, from, to: state.extent.end }));
    }
    state.overviewKey = key;
}

/** The filters' period where they give one, else from the earliest start to the latest known day. */
function extentOf(view, first, last) {
    if (!first && !(view.filters.from && view.filters.to)) return null;
    const start = view.filters.from ? firstDay(view.filters.from) : first.date.start;
    const end = view.filters.to ? lastDay(view.filters.to) : last.date.end && last.date.end > last.date.start ? last.date.end : last.date.start;
    return { start, end: end < start ? start : end };
}

/**
 * The window's events, newest start first: the first page then holds what begins in the window, not
 * the long campaigns that began years before and overlap every window. Drawn in chronological order.
 */
async function loadEvents(view, key) {
    const page = await getJson('/events', withParams(windowQuery(view), { limit: PAGE, sort: '-date' }));
    state.events = chronological(page.items);
    state.nextCursor = page.next_cursor;
    state.eventsKey = key;
}

/** The next page of the same query, through its cursor. */
async function loadMore() {
    if (!state.nextCursor) return;
    const key = state.eventsKey;
    const page = await getJson('/events', withParams(windowQuery(state.view), { limit: PAGE, sort: '-date', cursor: state.nextCursor }));
    if (key !== state.eventsKey) return;
    state.events = chronological(state.events.concat(page.items));
    state.nextCursor = page.next_cursor;
    drawAll(state.view);
}

/** The API's own order: by the envelope's start, then by id. */
function chronological(events) {
    return events.slice().sort((a, b) => a.date.start.localeCompare(b.date.start) || a.id.localeCompare(b.id));
}

function displayWindow(view) {
    return view.window || state.extent || { start: '2000-01-01', end: new Date().toISOString().slice(0, 10) };
}

function drawAll(view) {
    const window = displayWindow(view);
    $('window-label').textContent = window.start + ' to ' + window.end;
    drawOverview($('overview'), state.overview, window, (bucket) => navigate({ ...state.view, window: { start: bucket.start, end: bucket.end } }));
    drawTimeline($('timeline'), state.events, window, labels.categories, view.event, (id) => navigate({ ...state.view, event: id }));
    drawList(view);
    map.show(state.events, view.event);
    drawDownloads(view);
    const total = state.overview ? state.overview.total : null;
    $('page-count').textContent = state.events.length + ' event' + (state.events.length === 1 ? '' : 's') + ' loaded in this window'
        + (state.nextCursor ? ', the latest to begin; earlier ones follow page by page (or zoom in)' : '')
        + (total != null ? ' (' + total + ' match the filters in all)' : '') + '.';
    $('load-more').hidden = !state.nextCursor;
    $('status').classList.remove('error');
    $('status').textContent = '';
}

/** The list beside the map: every loaded event, a button each, in the timeline's order. */
function drawList(view) {
    const list = $('event-list');
    list.innerHTML = state.events.map((event) => `<li><button type="button" class="event-item${event.id === view.event ? ' selected' : ''}" data-id="${escapeHtml(event.id)}">
        <span class="title">${escapeHtml(event.title)}</span>
        <span class="when">${escapeHtml(event.date.label)}</span>
        <span class="where">${event.location ? escapeHtml(event.location.name) : 'no place'} · ${escapeHtml(labels.types[event.type] || event.type)}</span>
      </button></li>`).join('') || '<li class="empty">No event matches in this window.</li>';
}

function drawDownloads(view) {
    const query = windowQuery(view);
    $('dl-csv').href = exportUrl(query, 'csv');
    $('dl-geojson').href = exportUrl(query, 'geojson');
    $('dl-timelinejs').href = exportUrl(query, 'timelinejs');
}

let panelRequest = null;

async function openPanel(id) {
    const panel = $('event-panel');
    if (!id) {
        panel.hidden = true;
        state.panelId = null;
        return;
    }
    if (id === state.panelId && !panel.hidden) return;
    if (panelRequest) panelRequest.abort();
    panelRequest = new AbortController();
    panel.hidden = false;
    $('panel-body').innerHTML = '<p>Loading…</p>';
    try {
        await showEvent($('panel-body'), id, labels.types, panelRequest.signal);
    } catch (error) {
        if (error.name === 'AbortError') return;
        $('panel-body').innerHTML = '<h2 id="panel-title" tabindex="-1">Event not shown</h2><p></p>';
        $('panel-body').querySelector('p').textContent = error.message;
    }
    state.panelId = id;
    $('panel-title').focus();
}

function fillTypes(items) {
    const select = $('f-type');
    const groups = new Map();
    for (const type of items) {
        labels.types[type.code] = type.label;
        labels.categories[type.category] = type.category_label;
        if (!groups.has(type.category)) groups.set(type.category, []);
        groups.get(type.category).push(type);
    }
    for (const [category, types] of groups) {
        const group = document.createElement('optgroup');
        group.label = labels.categories[category];
        group.appendChild(new Option('All ' + labels.categories[category].toLowerCase(), category));
        for (const type of types) group.appendChild(new Option(type.label, type.code));
        select.appendChild(group);
    }
    select.value = state.view.filters.type || '';
}

function fillForm(view) {
    for (const name of FILTERS) {
        const field = $('filters').elements[name];
        if (field) field.value = view.filters[name] || '';
    }
    $('measure').value = view.measure;
}

function bindControls() {
    $('filters').addEventListener('submit', (e) => {
        e.preventDefault();
        const filters = {};
        for (const name of FILTERS) {
            const value = $('filters').elements[name].value.trim();
            if (value) filters[name] = value;
        }
        navigate({ filters, window: null, event: null, measure: state.view.measure });
    });
    $('f-clear').addEventListener('click', () => navigate({ filters: {}, window: null, event: null, measure: state.view.measure }));
    $('t-zoom-in').addEventListener('click', () => navigate({ ...state.view, window: zoomWindow(displayWindow(state.view), 0.5) }));
    $('t-zoom-out').addEventListener('click', () => navigate({ ...state.view, window: zoomWindow(displayWindow(state.view), 2) }));
    $('t-left').addEventListener('click', () => navigate({ ...state.view, window: panWindow(displayWindow(state.view), -0.5) }));
    $('t-right').addEventListener('click', () => navigate({ ...state.view, window: panWindow(displayWindow(state.view), 0.5) }));
    $('t-all').addEventListener('click', () => navigate({ ...state.view, window: null }));
    $('load-more').addEventListener('click', () => loadMore().catch(report));
    $('measure').addEventListener('change', (e) => navigate({ ...state.view, measure: e.target.value }));
    $('event-list').addEventListener('click', (e) => {
        const item = e.target.closest('.event-item');
        if (item) navigate({ ...state.view, event: item.dataset.id });
    });
    $('panel-close').addEventListener('click', closePanel);
    document.addEventListener('keydown', (e) => {
        if (e.key === 'Escape' && state.view.event) closePanel();
    });
    $('panel-body').addEventListener('click', (e) => {
        const link = e.target.closest('a[data-filter], a[data-event]');
        if (!link) return;
        e.preventDefault();
        if (link.dataset.event) {
            navigate({ ...state.view, event: link.dataset.event });
        } else {
            navigate({ filters: { ...state.view.filters, [link.dataset.filter]: link.dataset.value }, window: null, event: null, measure: state.view.measure });
        }
    });
    $('tile-url').value = map.tileUrl();
    $('tile-save').addEventListener('click', () => map.useTiles($('tile-url').value.trim()));
    suggest('f-actor', 'actor-options', '/actors');
    suggest('f-location', 'location-options', '/locations');
    let resizing;
    window.addEventListener('resize', () => {
        clearTimeout(resizing);
        resizing = setTimeout(() => {
            drawAll(state.view);
            map.resize();
        }, 200);
    });
}

function closePanel() {
    const id = state.view.event;
    navigate({ ...state.view, event: null }).then(() => {
        const item = document.querySelector(`.event-item[data-id="${CSS.escape(id || '')}"]`);
        if (item) item.focus();
    });
}

/** Suggestions for an actor or place field: slugs of the records whose name or alias matches. */
function suggest(inputId, listId, path) {
    let timer;
    $(inputId).addEventListener('input', (e) => {
        clearTimeout(timer);
        const text = e.target.value.trim();
        if (text.length < 2) return;
        timer = setTimeout(async () => {
            try {
                const page = await getJson(path, { q: text, limit: 10 });
                $(listId).innerHTML = page.items.map((item) => `<option value="${escapeHtml(item.slug)}">${escapeHtml(item.name)}</option>`).join('');
            } catch (ignored) {
                // suggestions are a convenience: the filter still takes a slug typed in full
            }
        }, 250);
    });
}

function withParams(base, extra) {
    const params = new URLSearchParams(base);
    for (const [name, value] of Object.entries(extra)) params.set(name, value);
    return params;
}

function report(error) {
    $('status').classList.add('error');
    $('status').textContent = 'The API refused this view: ' + error.message;
}

start();
