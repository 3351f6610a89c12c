// The view as the page's URL holds it: the API's filters, the timeline window, the list's order, the open event, the measure.

/** The /events filters the explorer offers, named as the API names them. */
export const FILTERS = ['from', 'to', 'date_match', 'type', 'actor', 'location', 'dataset', 'aggregate', 'q'];

const DAY = 86400000;

/** Reads the view from a query string (location.search). */
export function readView(search) {
    const params = new URLSearchParams(search);
    const view = {
        filters: {}, window: null, event: params.get('event') || null, measure: params.get('measure') || 'killed',
        order: params.get('order') === DEADLIEST ? DEADLIEST : null,
    };
    for (const name of FILTERS) {
        const value = params.get(name);
        if (value) view.filters[name] = value;
    }
    const window = params.get('window');
    if (window && /^\d{4}-\d{2}-\d{2}\.\.\d{4}-\d{2}-\d{2}$/.test(window)) {
        const [start, end] = window.split('..');
        view.window = { start, end };
    }
    return view;
}

/** The page URL of a view: filters first (as the API takes them), then what only the page needs. */
export function viewUrl(view) {
    const params = new URLSearchParams();
    for (const name of FILTERS) {
        if (view.filters[name]) params.set(name, view.filters[name]);
    }
    if (view.window) params.set('window', view.window.start + '..' + view.window.end);
    if (view.order) params.set('order', view.order);
    if (view.event) params.set('event', view.event);
    if (view.measure && view.measure !== 'killed') params.set('measure', view.measure);
    const query = params.toString();
    return '/' + (query ? '?' + query : '');
}

/** The list's other order: the events with a figure of people killed, largest first (the API's figure order). */
export const DEADLIEST = 'deadliest';

/** The filters narrowed to the timeline window, in the list's order: what the list, the map and the downloads show. */
export function windowQuery(view) {
    const params = new URLSearchParams();
    for (const name of FILTERS) {
        if (view.filters[name]) params.set(name, view.filters[name]);
    }
    if (view.window) {
        const from = view.filters.from ? laterDay(firstDay(view.filters.from), view.window.start) : view.window.start;
        const to = view.filters.to ? earlierDay(lastDay(view.filters.to), view.window.end) : view.window.end;
        params.set('from', from);
        // a window outside the filtered period shows its nearest day rather than an error
        params.set('to', to < from ? from : to);
    }
    if (view.order === DEADLIEST) {
        params.set('measure', 'killed');
        params.set('sort', '-figure');
    }
    return params;
}

/** The filters alone, for the overview and the figures. */
export function filterQuery(view) {
    const params = new URLSearchParams();
    for (const name of FILTERS) {
        if (view.filters[name]) params.set(name, view.filters[name]);
    }
    return params;
}

/** The first day of YYYY, YYYY-MM or YYYY-MM-DD. */
export function firstDay(text) {
    if (/^\d{4}$/.test(text)) return text + '-01-01';
    if (/^\d{4}-\d{2}$/.test(text)) return text + '-01';
    return text;
}

/** The last day of YYYY, YYYY-MM or YYYY-MM-DD. */
export function lastDay(text) {
    if (/^\d{4}$/.test(text)) return text + '-12-31';
    if (/^\d{4}-\d{2}$/.test(text)) {
        const [year, month] = text.split('-').map(Number);
        return formatDay(Date.UTC(year, month, 0));
    }
    return text;
}

export function dayValue(text) {
    const [year, month, day] = text.split('-').map(Number);
    return Date.UTC(year, month - 1, day);
}

export function formatDay(value) {
    return new Date(value).toISOString().slice(0, 10);
}

export function addDays(text, days) {
    return formatDay(dayValue(text) + days * DAY);
}

export function daysBetween(start, end) {
    return Math.round((dayValue(end) - dayValue(start)) / DAY);
}

function laterDay(a, b) {
    return a > b ? a : b;
}

function earlierDay(a, b) {
    return a < b ? a : b;
}
