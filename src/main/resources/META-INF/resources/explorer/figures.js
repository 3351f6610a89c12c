// The figures over time from /stats/figures: one line per claimant, estimate and group, never summed, with a table for screen readers.

import { getJson } from './api.js';
import { escapeHtml, words, formatNumber } from './text.js';

const COLOURS = ['#1b6ca8', '#c0392b', '#27864a', '#8e44ad', '#d68910', '#2c3e50', '#16a085', '#7f8c8d'];

/** Draws /stats/figures for a query (the filters, measure, interval, from and to) in the container. */
export async function drawFigures(container, query, signal) {
    const figures = await getJson('/stats/figures', query, signal);
    container.innerHTML = figureChart(figures);
}

function figureChart(figures) {
    const buckets = figures.buckets;
    if (!figures.series.length || !buckets.length) {
        return `<p class="figures-kind">No ${escapeHtml(words(figures.measure))} figure is claimed for these filters.</p>`;
    }
    const values = buckets.flatMap((bucket) => bucket.series.map((s) => s.max_sum));
    const chart = frame(buckets, Math.max(1, ...values));
    const paths = figures.series.map((series, index) => seriesPaths(chart, buckets, series, COLOURS[index % COLOURS.length])).join('');
    const legend = figures.series.map((series, index) => `<li class="series" data-key="${escapeHtml(series.key)}">`
        + `<span class="swatch" style="background:${COLOURS[index % COLOURS.length]}"></span>${escapeHtml(seriesName(series))}</li>`).join('');
    return `<p class="figures-kind">${escapeHtml(words(figures.measure))} per ${escapeHtml(figures.interval)}, each claimant apart (never added together); a band spans the low and high sums.</p>`
        + chart.svg(paths) + `<ul class="legend-list">${legend}</ul>` + figureTable(figures)
        + `<p class="counted-by">${escapeHtml(figures.counted_by || '')}</p>`;
}

/** A series' line through its low sums, and a band up to its high sums where they differ. */
function seriesPaths(chart, buckets, series, colour) {
    const low = [];
    const high = [];
    buckets.forEach((bucket, i) => {
        const point = pointOf(bucket, series);
        low.push(chart.x(i) + ' ' + chart.y(point.min_sum));
        high.push(chart.x(i) + ' ' + chart.y(point.max_sum));
    });
    const title = `<title>${escapeHtml(seriesName(series))}</title>`;
    const band = buckets.some((bucket) => pointOf(bucket, series).min_sum !== pointOf(bucket, series).max_sum)
        ? `<path class="band" fill="${colour}" data-key="${escapeHtml(series.key)}" d="M${high.join(' L')} L${low.slice().reverse().join(' L')} Z">${title}</path>`
        : '';
    // a dot on each bucket with a claim, so that a series of one bucket shows too
    const dots = buckets.map((bucket, i) => (pointOf(bucket, series).claims
        ? `<circle class="point" fill="${colour}" cx="${chart.x(i)}" cy="${chart.y(pointOf(bucket, series).min_sum)}" r="2.5"></circle>` : '')).join('');
    return band + `<path class="line" stroke="${colour}" data-key="${escapeHtml(series.key)}" d="M${low.join(' L')}">${title}</path>` + dots;
}

/** The chart as a table: a row per bucket, a column per series, "low–high" where the sums differ. */
function figureTable(figures) {
    const head = figures.series.map((s) => `<th scope="col" data-key="${escapeHtml(s.key)}">${escapeHtml(seriesName(s))}</th>`).join('');
    const rows = figures.buckets.map((bucket) => `<tr><th scope="row">${escapeHtml(bucket.label)}</th>`
        + figures.series.map((s) => `<td>${sums(pointOf(bucket, s))}</td>`).join('') + '</tr>').join('');
    // the wrapper hides it: a table is never narrower than its cells, whatever its own width says
    return `<div class="sr-only"><table class="figures-table"><caption>${escapeHtml(words(figures.measure))} per ${escapeHtml(figures.interval)}, per claimant</caption>`
        + `<thead><tr><th scope="col">period</th>${head}</tr></thead><tbody>${rows}</tbody></table></div>`;
}

function sums(point) {
    return formatNumber(point.min_sum) + (point.max_sum !== point.min_sum ? '–' + formatNumber(point.max_sum) : '');
}

/** A bucket's sums for a series (every bucket lists every series; zeros should one be missing). */
function pointOf(bucket, series) {
    return bucket.series.find((s) => s.key === series.key) || { min_sum: 0, max_sum: 0, claims: 0 };
}

function seriesName(series) {
    const who = series.attributed_to ? series.attributed_to.name : 'unattributed';
    return who + (series.estimate ? ', ' + series.estimate + ' estimate' : '') + (series.group ? ' (' + words(series.group) + ')' : '');
}

/** Scales of a chart over the buckets, 0 to top, and its SVG with an axis of the first and last labels. */
function frame(buckets, top) {
    const width = 560;
    const height = 160;
    const left = 48;
    const step = (width - left - 8) / buckets.length;
    const x = (i) => left + step * (i + 0.5);
    const y = (value) => height - 20 - (value / top) * (height - 30);
    const svg = (content) => `<svg viewBox="0 0 ${width} ${height}" class="chart" role="img" aria-label="figures chart; the table below gives its numbers">`
        + `<line class="axis" x1="${left}" x2="${width}" y1="${y(0)}" y2="${y(0)}"></line>`
        + `<text x="${left - 4}" y="${y(top) + 4}" text-anchor="end">${formatNumber(top)}</text><text x="${left - 4}" y="${y(0)}" text-anchor="end">0</text>`
        + `<text x="${left}" y="${height - 4}">${escapeHtml(buckets[0].label)}</text>`
        + `<text x="${width}" y="${height - 4}" text-anchor="end">${escapeHtml(buckets[buckets.length - 1].label)}</text>`
        + content + '</svg>';
    return { x, y, step, svg };
}
