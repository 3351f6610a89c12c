// The data a view needs from the API: the overview of the filtered period, and the window's events page by page.

import { getJson } from './api.js';
import { windowQuery, filterQuery, firstDay, lastDay, daysBetween, addDays, DEADLIEST } from './view.js';
import { state } from './state.js';

/** One page of events, the API's largest: the page never holds more than one request's worth at a time. */
const PAGE = 500;

/** The stats' bucket limit is 5,000; the overview keeps well below it, so a far-flung extent shows its latest part. */
const MOST_BUCKETS = 4000;

/**
 * The overview: the filtered period's extent from its earliest and latest events (one row each, by the
 * keyset order), then counts per bucket over it, in the finest interval that keeps the chart readable.
 */
export async function loadOverview(view, key) {
    const filters = filterQuery(view);
    // a period given at both ends is the extent: the counts need not wait for the two end events
    const bounded = Boolean(view.filters.from && view.filters.to);
    const [first, last] = bounded ? [{ items: [] }, { items: [] }] : await Promise.all([
        getJson('/events', withParams(filters, { limit: 1 })),
        getJson('/events', withParams(filters, { limit: 1, sort: '-date' })),
    ]);
    state.extent = extentOf(view, first.items[0], last.items[0]);
    state.overview = null;
    state.overviewQuery = null;
    if (state.extent) {
        const days = daysBetween(state.extent.start, state.extent.end);
        const interval = days <= 92 ? 'day' : days <= 731 ? 'week' : days <= 40 * 366 ? 'month' : 'year';
        let from = state.extent.start;
        if (interval === 'year' && days > MOST_BUCKETS * 365) from = addDays(state.extent.end, -MOST_BUCKETS * 365);
        const query = withParams(filters, { interval, from, to: state.extent.end });
        state.overview = await getJson('/stats/timeline', query);
        state.overviewQuery = query;
    }
    state.overviewKey = key;
}

/** The figures' query: the overview's own (filters, interval, period), so both charts share their buckets. */
export function figuresQuery(measure) {
    return state.overviewQuery ? withParams(state.overviewQuery, { measure }) : null;
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
 * Deadliest first, the API's figure order is kept as it comes.
 */
export async function loadEvents(view, key) {
    const page = await getJson('/events', pageQuery(view, {}));
    state.events = ordered(view, page.items);
    state.nextCursor = page.next_cursor;
    state.eventsKey = key;
}

/** The next page of the same query, through its cursor; false when there is none or the view moved on. */
export async function loadMore() {
    if (!state.nextCursor) return false;
    const key = state.eventsKey;
    const page = await getJson('/events', pageQuery(state.view, { cursor: state.nextCursor }));
    if (key !== state.eventsKey) return false;
    state.events = ordered(state.view, state.events.concat(page.items));
    state.nextCursor = page.next_cursor;
    return true;
}

/** A page of the window's events: the figure order deadliest first, else the newest start first. */
function pageQuery(view, extra) {
    return withParams(windowQuery(view), view.order === DEADLIEST ? { limit: PAGE, ...extra } : { limit: PAGE, sort: '-date', ...extra });
}

function ordered(view, events) {
    return view.order === DEADLIEST ? events : chronological(events);
}

/** The API's own order: by the envelope's start, then by id. */
export function chronological(events) {
    return events.slice().sort((a, b) => a.date.start.localeCompare(b.date.start) || a.id.localeCompare(b.id));
}

function withParams(base, extra) {
    const params = new URLSearchParams(base);
    for (const [name, value] of Object.entries(extra)) params.set(name, value);
    return params;
}
