// The page's controls: the filter form, the type choices, the suggestions, and what each button and key does.

import { getJson } from './api.js';
import { FILTERS, DEADLIEST } from './view.js';
import { zoomWindow, panWindow } from './timeline.js';
import { escapeHtml } from './text.js';
import { $, labels, state } from './state.js';

/** Fills the type field from /event-types, grouped by category (a category is a filter too), and keeps the labels. */
export function fillTypes(items) {
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

/** Fills the dataset field from /datasets: each dataset's title and version, so a reader knows what they cite. */
export function fillDatasets(items) {
    const select = $('f-dataset');
    for (const dataset of items) {
        const version = dataset.version ? ' ' + dataset.version : '';
        const title = dataset.title.endsWith(version) ? dataset.title : dataset.title + version;
        select.appendChild(new Option(title, dataset.slug));
    }
    select.value = state.view.filters.dataset || '';
}

/** The form shows the view's filters and measure. */
export function fillForm(view) {
    for (const name of FILTERS) {
        const field = $('filters').elements[name];
        if (field) field.value = view.filters[name] || '';
    }
    $('measure').value = view.measure;
    $('deadliest').checked = view.order === DEADLIEST;
}

/**
 * Binds every control to the page's actions: navigate(view), redraw(), loadMore(), closePanel(),
 * displayWindow(view) and report(error); map is the EventMap, for its tile setting.
 */
export function bindControls(page, map) {
    const { navigate } = page;
    const withFilters = (filters) => navigate({ filters, window: null, event: null, measure: state.view.measure, order: state.view.order });
    const moveWindow = (move) => navigate({ ...state.view, window: move(page.displayWindow(state.view)) });
    $('filters').addEventListener('submit', (e) => {
        e.preventDefault();
        const filters = {};
        for (const name of FILTERS) {
            const value = $('filters').elements[name].value.trim();
            if (value) filters[name] = value;
        }
        withFilters(filters);
    });
    $('f-clear').addEventListener('click', () => withFilters({}));
    $('t-zoom-in').addEventListener('click', () => moveWindow((w) => zoomWindow(w, 0.5)));
    $('t-zoom-out').addEventListener('click', () => moveWindow((w) => zoomWindow(w, 2)));
    $('t-left').addEventListener('click', () => moveWindow((w) => panWindow(w, -0.5)));
    $('t-right').addEventListener('click', () => moveWindow((w) => panWindow(w, 0.5)));
    $('t-all').addEventListener('click', () => navigate({ ...state.view, window: null }));
    $('load-more').addEventListener('click', () => page.loadMore().catch(page.report));
    $('deadliest').addEventListener('change', (e) => navigate({ ...state.view, order: e.target.checked ? DEADLIEST : null }));
    $('measure').addEventListener('change', (e) => navigate({ ...state.view, measure: e.target.value }));
    $('event-list').addEventListener('click', (e) => {
        const item = e.target.closest('.event-item');
        if (item) navigate({ ...state.view, event: item.dataset.id });
    });
    $('panel-close').addEventListener('click', page.closePanel);
    document.addEventListener('keydown', (e) => {
        if (e.key === 'Escape' && state.view.event) page.closePanel();
    });
    $('panel-body').addEventListener('click', (e) => {
        const link = e.target.closest('a[data-filter], a[data-event]');
        if (!link) return;
        e.preventDefault();
        if (link.dataset.event) {
            navigate({ ...state.view, event: link.dataset.event });
        } else {
            withFilters({ ...state.view.filters, [link.dataset.filter]: link.dataset.value });
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
            page.redraw();
            map.resize();
        }, 200);
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
