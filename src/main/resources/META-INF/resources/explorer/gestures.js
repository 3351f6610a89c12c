// The timeline's wheel, drag and keys: each ends in a window set as the buttons set it, in the URL, through navigate.

import { zoomWindow, zoomWindowAt, panWindow, dayAt, overPlot } from './timeline.js';
import { formatDay } from './view.js';
import { $, state } from './state.js';

/** A wheel gesture (many events) becomes one view in the history once the wheel has rested this long. */
const WHEEL_REST_MS = 300;
/** A press that moves less than this is a click (it opens an event), not a selection. */
const DRAG_PX = 5;

/**
 * Binds the timeline's gestures. page: navigate(view), displayWindow(view), and preview(window), which
 * redraws the panes over a window without loading it (the wheel's steps show at once, the load follows).
 */
export function bindTimelineGestures(page) {
    const timeline = $('timeline');
    const windowShown = () => pending || page.displayWindow(state.view);
    let pending = null;
    let resting;

    // the wheel zooms around the date under the pointer; a sideways wheel (or a trackpad's swipe) pans
    timeline.addEventListener('wheel', (e) => {
        if (!overPlot(timeline, e.clientX) || (!e.deltaY && !e.deltaX)) return;
        e.preventDefault();
        const current = windowShown();
        // deltas in pixels (most browsers), lines (Firefox's wheel) or pages
        const pixels = e.deltaMode === 1 ? 33 : e.deltaMode === 2 ? 100 : 1;
        if (Math.abs(e.deltaX) > Math.abs(e.deltaY)) {
            pending = panWindow(current, Math.sign(e.deltaX) * 0.1);
        } else {
            // about 20% a notch of the wheel, less for a trackpad's small steps
            const factor = Math.exp(Math.max(-1, Math.min(1, (e.deltaY * pixels) / 100)) * 0.2);
            pending = zoomWindowAt(current, factor, dayAt(timeline, current, e.clientX));
        }
        page.preview(pending);
        clearTimeout(resting);
        resting = setTimeout(() => {
            const window = pending;
            pending = null;
            page.navigate({ ...state.view, window });
        }, WHEEL_REST_MS);
    }, { passive: false });

    // a drag across the dates selects a window: the period to read, map and download
    let drag = null;
    timeline.addEventListener('pointerdown', (e) => {
        if (e.button !== 0 || !overPlot(timeline, e.clientX)) return;
        drag = { x: e.clientX, window: windowShown(), band: null };
    });
    timeline.addEventListener('pointermove', (e) => {
        if (!drag || (!drag.band && Math.abs(e.clientX - drag.x) < DRAG_PX)) return;
        if (!drag.band) {
            // captured, the click that ends the drag goes to the timeline, not to the event bar under it
            timeline.setPointerCapture(e.pointerId);
            drag.band = document.createElement('div');
            drag.band.className = 'selection';
            timeline.appendChild(drag.band);
        }
        const left = timeline.getBoundingClientRect().left;
        drag.band.style.left = (Math.min(drag.x, e.clientX) - left) + 'px';
        drag.band.style.width = Math.abs(e.clientX - drag.x) + 'px';
    });
    const endDrag = (e, apply) => {
        if (!drag) return;
        const { x, window, band } = drag;
        drag = null;
        if (!band) return;
        band.remove();
        if (!apply) return;
        const from = dayAt(timeline, window, Math.min(x, e.clientX));
        const to = dayAt(timeline, window, Math.max(x, e.clientX));
        page.navigate({ ...state.view, window: { start: formatDay(from), end: formatDay(to) } });
    };
    timeline.addEventListener('pointerup', (e) => endDrag(e, true));
    timeline.addEventListener('pointercancel', (e) => endDrag(e, false));

    // the keys of the buttons, on the focused timeline: + and - zoom, the arrows pan, 0 the whole period
    timeline.addEventListener('keydown', (e) => {
        const moves = {
            '+': (w) => zoomWindow(w, 0.5), '=': (w) => zoomWindow(w, 0.5), '-': (w) => zoomWindow(w, 2),
            ArrowLeft: (w) => panWindow(w, -0.5), ArrowRight: (w) => panWindow(w, 0.5),
        };
        if (e.key === '0') {
            e.preventDefault();
            page.navigate({ ...state.view, window: null });
        } else if (moves[e.key]) {
            e.preventDefault();
            page.navigate({ ...state.view, window: moves[e.key](page.displayWindow(state.view)) });
        }
    });
}
