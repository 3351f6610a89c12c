// The figures over time: one series per claimant and estimate, never summed; event counts when the server has no figures.

import { getJson, ApiError } from './api.js';
import { escapeHtml, words, formatNumber } from './text.js';

const COLOURS = ['#1b6ca8', '#c0392b', '#27864a', '#8e44ad', '#d68910', '#2c3e50', '#16a085', '#7f8c8d'];

/** Draws /stats/figures for the filters, or the overview's event counts if that endpoint answers 404. */
export async function drawFigures(container, filters, measure, interval, overview, signal) {
    const query = new URLSearchParams(filters);
    query.set('measure', measure);
    query.set('interval', interval);
    try {
        const figures = await getJson('/stats/figures', query, signal);
        container.innerHTML = figureChart(figures);
    } catch (error) {
        if (!(error instanceof ApiError) || error.status !== 404) throw error;
        container.innerHTML = countChart(overview);
    }
}

function figureChart(figures) {
    const buckets = figures.buckets;
    if (!figures.series.length || !buckets.length) {
        return `<p>No ${escapeHtml(words(figures.measure))} figure is claimed for these filters.</p>`;
    }
    const values = buckets.flatMap((bucket) => bucket.series.map((s) => s.max_sum ?? s.min_sum ?? 0));
    const chart = frame(buckets, Math.max(1, ...values));
    let paths = '';
    figures.series.forEach((series, index) => {
        const colour = COLOURS[index % COLOURS.length];
        const low = [];
        const high = [];
        buckets.forEach((bucket, i) => {
            const point = bucket.series.find((s) => s.key === series.key) || { min_sum: 0, max_sum: 0 };
            low.push([chart.x(i), chart.y(point.min_sum ?? 0)]);
            high.push([chart.x(i), chart.y(point.max_sum ?? point.min_sum ?? 0)]);
        });
        const band = high.some((p, i) => p[1] !== low[i][1]);
        if (band) {
            paths += `<path class="band" fill="${colour}" d="M${high.map((p) => p.join(' ')).join(' L')} L${low.reverse().map((p) => p.join(' ')).join(' L')} Z"></path>`;
            low.reverse();
        }
        paths += `<path class="line" stroke="${colour}" d="M${low.map((p) => p.join(' ')).join(' L')}"><title>${escapeHtml(seriesName(series))}</title></path>`;
    });
    const legend = figures.series.map((series, index) => `<li class="series" data-key="${escapeHtml(series.key)}">`
        + `<span class="swatch" style="background:${COLOURS[index % COLOURS.length]}"></span>${escapeHtml(seriesName(series))}</li>`).join('');
    const table = '<table class="sr-only"><caption>' + escapeHtml(words(figures.measure)) + ' per ' + escapeHtml(figures.interval) + '</caption><tr><th>period</th>'
        + figures.series.map((s) => `<th>${escapeHtml(seriesName(s))}</th>`).join('') + '</tr>'
        + buckets.map((bucket) => `<tr><td>${escapeHtml(bucket.label)}</td>` + figures.series.map((s) => {
            const point = bucket.series.find((p) => p.key === s.key) || {};
            return `<td>${formatNumber(point.min_sum)}${point.max_sum !== point.min_sum ? '–' + formatNumber(point.max_sum) : ''}</td>`;
        }).join('') + '</tr>').join('') + '</table>';
    return `<p class="figures-kind">${escapeHtml(words(figures.measure))} per ${escapeHtml(figures.interval)}, each claimant apart (never added together); a band spans the low and high sums.</p>`
        + chart.svg(paths) + `<ul class="legend-list">${legend}</ul>` + table
        + `<p class="counted-by">${escapeHtml(figures.counted_by || '')}</p>`;
}

function seriesName(series) {
    const who = series.attributed_to ? series.attributed_to.name : 'unattributed';
    return who + (series.estimate ? ', ' + series.estimate + ' estimate' : '') + (series.group ? ' (' + words(series.group) + ')' : '');
}

function countChart(overview) {
    if (!overview || !overview.buckets.length) return '<p>No event for these filters.</p>';
    const buckets = overview.buckets;
    const chart = frame(buckets, Math.max(1, ...buckets.map((b) => b.total)));
    const width = chart.step * 0.8;
    const bars = buckets.map((bucket, i) => `<rect class="count-bar" x="${chart.x(i) - width / 2}" y="${chart.y(bucket.total)}" width="${width}" height="${chart.y(0) - chart.y(bucket.total)}">`
        + `<title>${escapeHtml(bucket.label)}: ${bucket.total}</title></rect>`).join('');
    return `<p class="figures-kind fallback">Casualty figures are not available from this server yet; these are events per ${escapeHtml(overview.interval)}.</p>` + chart.svg(bars);
}

/** Scales of a chart over the buckets, 0 to top, and its SVG with an axis of the first and last labels. */
function frame(buckets, top) {
    const width = 560;
    const height = 160;
    const left = 48;
    const step = (width - left - 8) / buckets.length;
    const x = (i) => left + step * (i + 0.5);
    const y = (value) => height - 20 - (value / top) * (height - 30);
    const svg = (content) => `<svg viewBox="0 0 ${width} ${height}" class="chart" role="img" aria-label="chart">`
        + `<line class="axis" x1="${left}" x2="${width}" y1="${y(0)}" y2="${y(0)}"></line>`
        + `<text x="${left - 4}" y="${y(top) + 4}" text-anchor="end">${formatNumber(top)}</text><text x="${left - 4}" y="${y(0)}" text-anchor="end">0</text>`
        + `<text x="${left}" y="${height - 4}">${escapeHtml(buckets[0].label)}</text>`
        + `<text x="${width}" y="${height - 4}" text-anchor="end">${escapeHtml(buckets[buckets.length - 1].label)}</text>`
        + content + '</svg>';
    return { x, y, step, svg };
}
