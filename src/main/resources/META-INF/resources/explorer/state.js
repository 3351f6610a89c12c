// What the page's modules share: the view being shown, what is loaded for it, and the labels of the API's codes.

import { readView } from './view.js';

export const $ = (id) => document.getElementById(id);

/** The type and category labels, by code, once /event-types has answered. */
export const labels = { types: {}, categories: {} };

/** The view and its loaded data; each *Key is the query its data answers, so a view reloads only what changed. */
export const state = {
    view: readView(location.search),
    overview: null, overviewQuery: null, overviewKey: null, extent: null,
    events: [], nextCursor: null, eventsKey: null,
    figuresKey: null, panelId: null,
};
