// The timeline: the overview of counts per bucket, and each loaded event drawn over its date envelope, by category.

import { dayValue, addDays, formatDay } from './view.js';
import { escapeHtml } from './text.js';

const DAY = 86400000;
const LANE_ROW = 14;
const MAX_ROWS = 6;
const WIDE_LABELS = 150;
const NARROW_LABELS = 96;

/** Room for the lane labels: less on a phone. */
function labelWidth(width) {
    return width < 560 ? NARROW_LABELS : WIDE_LABELS;
}

/** Bars of event counts per bucket; the bars inside the window stand out; choosing one zooms to it. */
export function drawOverview(container, stats, window, onPick) {
    const buckets = stats ? stats.buckets : [];
    if (!buckets.length) {
        container.innerHTML = '';
        return;
    }
    const width = Math.max(container.clientWidth, 320);
    const left = labelWidth(width);
    const height = 40;
    // aligned with the timeline's plot, right of its lane labels; its own dates below it, since it
    // spans the whole filtered period and the timeline's axis only the window
    const dates = `<text class="overview-date" x="${left}" y="${height + 11}">${escapeHtml(buckets[0].start)}</text>`
        + `<text class="overview-date" x="${width - 8}" y="${height + 11}" text-anchor="end">${escapeHtml(buckets[buckets.length - 1].end)}</text>`;
    const step = (width - left - 8) / buckets.length;
    const top = Math.max(1, ...buckets.map((b) => b.total));
    const bars = buckets.map((bucket, index) => {
        const h = bucket.total ? Math.max(2, (bucket.total / top) * (height - 4)) : 0;
        const inside = window && bucket.end >= window.start && bucket.start <= window.end;
        return `<g class="bucket${inside ? ' inside' : ''}" data-index="${index}">`
            + `<rect class="hit" x="${left + index * step}" y="0" width="${step}" height="${height}"></rect>`
            + `<rect class="bar" x="${left + index * step + 0.5}" y="${height - h}" width="${Math.max(step - 1, 1)}" height="${h}"></rect>`
            + `<title>${escapeHtml(bucket.label)}: ${bucket.total} event${bucket.total === 1 ? '' : 's'} begin</title></g>`;
    }).join('');
    const caption = `<text class="overview-label" x="4" y="${height - 4}">${escapeHtml(stats.total)} events, by ${escapeHtml(stats.interval)}</text>`;
    container.innerHTML = `<svg width="${width}" height="${height + 14}" role="img" aria-label="Events per ${escapeHtml(stats.interval)}">${caption}${bars}${dates}</svg>`;
    container.querySelector('svg').addEventListener('click', (e) => {
        const group = e.target.closest('.bucket');
        if (group) onPick(buckets[Number(group.dataset.index)]);
    });
}

/** Events as bars over their envelopes in lanes by category; an open end runs to the window's edge. */
export function drawTimeline(container, events, window, categoryLabels, selectedId, onSelect) {
    const width = Math.max(container.clientWidth, 320);
    const left = labelWidth(width);
    const start = dayValue(window.start);
    const end = dayValue(window.end) + DAY;
    const plotWidth = width - left - 8;
    const x = (value) => left + ((value - start) / (end - start)) * plotWidth;

    const lanes = new Map();
    for (const event of events) {
        if (!lanes.has(event.category)) lanes.set(event.category, []);
        lanes.get(event.category).push(event);
    }
    const order = [...lanes.keys()].sort((a, b) => (categoryLabels[a] || a).localeCompare(categoryLabels[b] || b));

    let y = 22;
    let body = axis(window, x, width, left);
    for (const category of order) {
        const rows = [];
        const items = [];
        for (const event of lanes.get(category)) {
            const from = Math.max(dayValue(event.date.start), start);
            const open = event.date.end == null;
            const to = open ? end : Math.min(dayValue(event.date.end) + DAY, end);
            const x1 = x(from);
            const x2 = Math.max(x(to), x1 + 4);
            let row = rows.findIndex((right) => right < x1 - 1);
            if (row < 0) {
                row = rows.length < MAX_ROWS ? rows.length : MAX_ROWS - 1;
            }
            rows[row] = Math.max(rows[row] || 0, x2);
            items.push({ event, x1, x2, row, open });
        }
        const laneHeight = Math.max(1, rows.length) * LANE_ROW + 8;
        body += `<g class="lane"><rect class="lane-bg" x="0" y="${y}" width="${width}" height="${laneHeight}"></rect>`
            + `<text class="lane-label" x="4" y="${y + 14}">${escapeHtml(categoryLabels[category] || category)}</text>`;
        for (const item of items) {
            const e = item.event;
            const classes = ['envelope', 'cat-' + e.category];
            if (item.open) classes.push('open-end');
            if (e.date.approximate) classes.push('approximate');
            if (e.id === selectedId) classes.push('selected');
            const top = y + 4 + item.row * LANE_ROW;
            body += `<g class="${classes.join(' ')}" data-id="${escapeHtml(e.id)}">`
                + `<rect x="${item.x1.toFixed(1)}" y="${top}" width="${(item.x2 - item.x1).toFixed(1)}" height="${LANE_ROW - 4}" rx="2"></rect>`
                + (item.open ? `<path class="arrow" d="M${(item.x2 - 1).toFixed(1)} ${top - 1} l6 ${(LANE_ROW - 2) / 2} l-6 ${(LANE_ROW - 2) / 2} z"></path>` : '')
                + `<title>${escapeHtml(e.title)} (${escapeHtml(e.date.label)})</title></g>`;
        }
        body += '</g>';
        y += laneHeight + 2;
    }
    if (!events.length) {
        body += `<text class="empty" x="${left}" y="${y + 16}">No event in this window.</text>`;
        y += 24;
    }
    container.innerHTML = `<svg width="${width}" height="${y + 4}" role="img" aria-label="Timeline of the events listed below">${body}</svg>`;
    container.querySelector('svg').addEventListener('click', (e) => {
        const group = e.target.closest('.envelope');
        if (group) onSelect(group.dataset.id);
    });
}

/** Tick marks in years, months or days, whichever fits the window. */
function axis(window, x, width, left) {
    const days = (dayValue(window.end) - dayValue(window.start)) / DAY + 1;
    const room = Math.max(2, Math.floor((width - left) / 56)); // labels of about 50 px each
    const ticks = [];
    const first = new Date(dayValue(window.start));
    if (days > 365 * 3) {
        const every = Math.ceil(days / 365 / room);
        for (let year = first.getUTCFullYear(); Date.UTC(year, 0, 1) <= dayValue(window.end); year++) {
            if (year % every === 0) ticks.push([Date.UTC(year, 0, 1), String(year)]);
        }
    } else if (days > 62) {
        const every = Math.max(1, Math.ceil(days / 30 / room));
        for (let m = 0; ; m++) {
            const value = Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + m, 1);
            if (value > dayValue(window.end)) break;
            const date = new Date(value);
            if (date.getUTCMonth() % every === 0) {
                ticks.push([value, date.toLocaleString('en', { month: 'short', timeZone: 'UTC' }) + (date.getUTCMonth() === 0 || ticks.length === 0 ? ' ' + date.getUTCFullYear() : '')]);
            }
        }
    } else {
        const every = Math.max(1, Math.ceil(days / room));
        for (let d = 0; d < days; d += every) {
            const value = dayValue(addDays(window.start, d));
            const date = new Date(value);
            ticks.push([value, date.getUTCDate() + ' ' + date.toLocaleString('en', { month: 'short', timeZone: 'UTC' })]);
        }
    }
    return ticks.filter(([value]) => x(value) >= left && x(value) <= width)
        .map(([value, label]) => `<g class="tick"><line x1="${x(value)}" x2="${x(value)}" y1="14" y2="100%"></line>`
            + `<text x="${x(value) + 2}" y="12">${escapeHtml(label)}</text></g>`).join('');
}

/** The window zoomed by a factor around its middle (in: 0.5, out: 2), from 3 days up to 200 years. */
export function zoomWindow(window, factor) {
    return zoomWindowAt(window, factor, (dayValue(window.start) + dayValue(window.end) + DAY) / 2);
}

/**
 * The window zoomed by a factor around a moment (a time value), which keeps its place in the window:
 * the wheel zooms around the pointer's date. From 3 days up to 200 years, as the buttons.
 */
export function zoomWindowAt(window, factor, anchor) {
    const start = dayValue(window.start);
    const end = dayValue(window.end) + DAY; // the last day's end, as the timeline draws it
    const span = Math.min(Math.max((end - start) * factor, 3 * DAY), 200 * 365 * DAY);
    const share = Math.min(Math.max((anchor - start) / (end - start), 0), 1);
    // rounded to whole days, not floored, so steps of the wheel do not drift to one side
    const from = Math.round((anchor - span * share) / DAY) * DAY;
    const to = Math.max(Math.round((anchor + span * (1 - share)) / DAY) * DAY, from + DAY);
    return { start: formatDay(from), end: formatDay(to - DAY) };
}

/** The day under a point of the timeline (clientX), in the window drawn there, kept inside the plot. */
export function dayAt(container, window, clientX) {
    const width = Math.max(container.clientWidth, 320);
    const left = labelWidth(width);
    const plotWidth = width - left - 8;
    const x = clientX - container.getBoundingClientRect().left;
    const share = Math.min(Math.max((x - left) / plotWidth, 0), 1);
    const start = dayValue(window.start);
    const end = dayValue(window.end) + DAY;
    return Math.min(start + share * (end - start), end - 1);
}

/** Whether a point (clientX) lies right of the lane labels, over the dates. */
export function overPlot(container, clientX) {
    return clientX - container.getBoundingClientRect().left >= labelWidth(Math.max(container.clientWidth, 320));
}

/** The window moved by a share of its width (-0.5 earlier, 0.5 later). */
export function panWindow(window, share) {
    const start = dayValue(window.start);
    const end = dayValue(window.end);
    const shift = Math.round(((end - start) / DAY + 1) * share);
    return { start: addDays(window.start, shift), end: addDays(window.end, shift) };
}
