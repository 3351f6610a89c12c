// The explorer's page: reads the view from the URL, loads what changed from the API and draws every pane.

import { getJson } from './api.js';
import { readView, viewUrl, windowQuery, filterQuery, DEADLIEST } from './view.js';
import { drawOverview, drawTimeline } from './timeline.js';
import { EventMap } from './map.js';
import { showEvent } from './panel.js';
import { drawFigures } from './figures.js';
import { drawList, drawDownloads } from './list.js';
import { loadOverview, loadEvents, loadMore, figuresQuery, chronological } from './loads.js';
import { bindControls, fillTypes, fillDatasets, fillForm } from './controls.js';
import { bindTimelineGestures } from './gestures.js';
import { $, labels, state } from './state.js';

let map;
/** The event types' labels, for the type field and the lanes; the page counts as ready once they are in. */
let labelsLoaded = Promise.resolve();

async function start() {
    map = new EventMap($('map'), (id) => navigate({ ...state.view, event: id }));
    bindControls({
        navigate, displayWindow, report, closePanel,
        redraw: () => drawAll(state.view),
        loadMore: async () => {
            if (await loadMore()) drawAll(state.view);
        },
    }, map);
    // a previewed window is drawn over the events loaded for the last one, until navigate loads its own
    bindTimelineGestures({ navigate, displayWindow, preview: (window) => drawAll({ ...state.view, window }) });
    // the labels load beside the first view's data, not before it
    // (a page of events draws at once with type codes, then again with their labels)
    labelsLoaded = getJson('/event-types').then((types) => {
        fillTypes(types.items);
        if (state.eventsKey !== null) drawAll(state.view);
    }).catch(report);
    getJson('/datasets').then((datasets) => fillDatasets(datasets.items)).catch(report);
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
        // the figures draw on their own: the view is ready without them (figures-drawn says when they are)
        updateFigures(filterKey + '|' + view.measure, view.measure);
        await openPanel(view.event);
        await labelsLoaded;
    } catch (error) {
        report(error);
    } finally {
        document.body.dataset.ready = 'true';
    }
}

let figuresRequest = null;

/** The figures of new filters or a new measure; an older request still under way is cancelled. */
async function updateFigures(key, measure) {
    if (key === state.figuresKey) return;
    state.figuresKey = key;
    if (figuresRequest) figuresRequest.abort();
    const query = figuresQuery(measure);
    if (!query) {
        $('figures').innerHTML = '<p class="figures-kind">No event matches these filters.</p>';
        return;
    }
    figuresRequest = new AbortController();
    delete $('figures').dataset.drawn;
    try {
        await drawFigures($('figures'), query, figuresRequest.signal);
        // the query drawn, for whoever checks the chart against the API
        $('figures').dataset.drawn = query.toString();
    } catch (error) {
        if (error.name === 'AbortError') return;
        state.figuresKey = null;
        $('figures').textContent = 'Figures not shown: ' + error.message;
    }
}

function displayWindow(view) {
    return view.window || state.extent || { start: '2000-01-01', end: new Date().toISOString().slice(0, 10) };
}

function drawAll(view) {
    const window = displayWindow(view);
    $('window-label').textContent = window.start + ' to ' + window.end;
    drawOverview($('overview'), state.overview, window, (bucket) => navigate({ ...state.view, window: { start: bucket.start, end: bucket.end } }));
    drawTimeline($('timeline'), chronological(state.events), window, labels.categories, view.event, (id) => navigate({ ...state.view, event: id }));
    drawList(view);
    map.show(state.events, view.event);
    drawDownloads(view);
    const total = state.overview ? state.overview.total : null;
    $('page-count').textContent = state.events.length + ' event' + (state.events.length === 1 ? '' : 's') + ' loaded in this window'
        + (state.nextCursor ? (view.order === DEADLIEST ? ', the deadliest first; the next follow page by page' : ', the latest to begin; earlier ones follow page by page (or zoom in)') : '')
        + (total != null ? ' (' + total + ' match the filters in all)' : '') + '.';
    $('load-more').hidden = !state.nextCursor;
    $('status').classList.remove('error');
    $('status').textContent = '';
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

function closePanel() {
    const id = state.view.event;
    navigate({ ...state.view, event: null }).then(() => {
        const item = document.querySelector(`.event-item[data-id="${CSS.escape(id || '')}"]`);
        if (item) item.focus();
    });
}

function report(error) {
    $('status').classList.add('error');
    $('status').textContent = 'The API refused this view: ' + error.message;
}

start();
