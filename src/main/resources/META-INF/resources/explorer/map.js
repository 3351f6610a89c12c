// The map: bundled country outlines, first-level boundaries once zoomed in, an optional tile layer, and the listed events as clustered points.

import { features, innerBoundaries } from './topojson.js';
import { escapeHtml } from './text.js';

/** Precisions whose point is the site itself; every other point is the centroid of a larger place. */
const SITE_PRECISIONS = new Set(['exact', 'near']);
const TILE_KEY = 'eventline.explorer.tile-url';
/**
 * The zoom from which first-level (admin-1) boundaries are drawn: a country then fills a good part of
 * the map; below it the lines of 4,600 units would be a grey blur. Their file (1.4 MB) loads when
 * this zoom is first reached, never for the first view of the world.
 */
const ADMIN1_ZOOM = 5;
const ADMIN1_STYLE = { color: '#9a9386', weight: 0.6, dashArray: '3 2', opacity: 0.9, fill: false };

export class EventMap {
    constructor(element, onSelect) {
        this.onSelect = onSelect;
        this.map = L.map(element, { worldCopyJump: true, minZoom: 1, maxZoom: 14, attributionControl: true }).setView([30, 20], 2);
        this.map.attributionControl.setPrefix(false);
        this.map.attributionControl.addAttribution('Boundaries: Natural Earth');
        this.cluster = L.markerClusterGroup({ maxClusterRadius: 36, showCoverageOnHover: false, spiderfyOnMaxZoom: true });
        this.map.addLayer(this.cluster);
        this.tiles = null;
        this.useTiles(localStorage.getItem(TILE_KEY));
        fetch('/explorer/basemap/countries-50m.topo.json')
            .then((response) => response.json())
            .then((topology) => {
                L.geoJSON(features(topology, 'countries'), {
                    interactive: false,
                    renderer: L.canvas({ padding: 0.2 }), // 240 outlines draw faster on a canvas than as SVG paths
                    style: { color: '#7a7a7a', weight: 1, fillColor: '#f4f1ea', fillOpacity: 1 },
                }).addTo(this.map).bringToBack();
            });
        // the admin-1 lines, in SVG above the country fills and below the points: one path per unit in view
        this.map.createPane('admin1').style.zIndex = 450;
        this.admin1Renderer = L.svg({ pane: 'admin1', padding: 0.5 });
        this.admin1Shown = L.layerGroup().addTo(this.map);
        this.admin1Units = null;
        this.map.on('zoomend moveend', () => this.showAdmin1());
        this.showAdmin1();
    }

    /**
     * Draws the admin-1 boundaries of the units in view at ADMIN1_ZOOM and closer, loading them the first
     * time; the map's element says its zoom (data-zoom) and how many units it draws (data-admin1).
     */
    showAdmin1() {
        const element = this.map.getContainer();
        element.dataset.zoom = String(this.map.getZoom());
        if (this.map.getZoom() < ADMIN1_ZOOM) {
            this.admin1Shown.clearLayers();
            element.dataset.admin1 = '0';
            return;
        }
        if (!this.admin1Units) {
            this.admin1Units = fetch('/explorer/basemap/admin1-10m.topo.json')
                .then((response) => response.json())
                .then((topology) => innerBoundaries(topology, 'admin1', (unit) => unit.country)
                    .map((feature) => ({ feature, bounds: boundsOf(feature.geometry.coordinates), layer: null })))
                .catch((error) => {
                    this.admin1Units = null; // tried again at the next move
                    console.warn('admin-1 boundaries not loaded', error);
                    return [];
                });
        }
        this.admin1Units.then((units) => {
            if (this.map.getZoom() < ADMIN1_ZOOM) return;
            const view = this.map.getBounds().pad(0.25);
            this.admin1Shown.clearLayers();
            let shown = 0;
            for (const unit of units) {
                if (!view.intersects(unit.bounds)) continue;
                unit.layer = unit.layer || L.geoJSON(unit.feature, {
                    interactive: false, renderer: this.admin1Renderer, style: { ...ADMIN1_STYLE, className: 'admin1' },
                });
                this.admin1Shown.addLayer(unit.layer);
                unit.layer.eachLayer((line) => {
                    line.getElement().dataset.name = unit.feature.properties.name;
                    line.getElement().dataset.country = unit.feature.properties.country;
                });
                shown++;
            }
            element.dataset.admin1 = String(shown);
        });
    }

    /** Uses a tile server ({z}/{x}/{y} address) over the outlines, or none when the address is empty. */
    useTiles(url) {
        if (this.tiles) this.map.removeLayer(this.tiles);
        this.tiles = null;
        if (url) {
            localStorage.setItem(TILE_KEY, url);
            this.tiles = L.tileLayer(url, { maxZoom: 18, attribution: 'Tiles: ' + escapeHtml(new URL(url.replace(/[{}]/g, ''), location.href).host) }).addTo(this.map);
        } else {
            localStorage.removeItem(TILE_KEY);
        }
    }

    tileUrl() {
        return localStorage.getItem(TILE_KEY) || '';
    }

    /**
     * Shows the events that have a point: the one their source gave (event.point), else their primary
     * place's, as the GeoJSON export places them; a point's size grows with the largest figure claimed.
     */
    show(events, selectedId) {
        this.cluster.clearLayers();
        const markers = [];
        for (const event of events) {
            const place = event.location;
            const point = event.point || (place && place.point);
            if (!point) continue;
            const precision = event.point ? event.point.precision : place.location_precision;
            const site = SITE_PRECISIONS.has(precision);
            const figure = largestFigure(event);
            const size = Math.round(12 + Math.min(22, figure ? Math.sqrt(figure) : 0));
            const classes = ['event-marker', site ? 'marker-site' : 'marker-centroid', 'cat-' + event.category];
            if (event.id === selectedId) classes.push('selected');
            const marker = L.marker([point.lat, point.lon], {
                keyboard: false, // the list beside the map is the keyboard's way in
                title: event.title,
                icon: L.divIcon({
                    className: classes.join(' '),
                    html: `<span data-id="${escapeHtml(event.id)}" data-precision="${escapeHtml(precision)}"></span>`,
                    iconSize: [size, size],
                }),
            });
            marker.bindTooltip(`${escapeHtml(event.title)}<br>${escapeHtml(event.date.label)}<br>`
                + `${escapeHtml(place ? place.name : '')} (${site ? 'site' : 'centroid: ' + escapeHtml(precision)})`
                + (figure ? `<br>up to ${figure.toLocaleString('en')} claimed` : ''));
            marker.on('click', () => this.onSelect(event.id));
            markers.push(marker);
        }
        this.cluster.addLayers(markers);
        // refit only for a new set of events, so opening one of them does not move the map
        const fresh = this.shown !== events;
        this.shown = events;
        if (markers.length && fresh) {
            this.map.fitBounds(L.featureGroup(markers).getBounds().pad(0.2), { maxZoom: 9, animate: false });
        }
    }

    resize() {
        this.map.invalidateSize();
    }
}

/** The bounds of a MultiLineString's [lon, lat] points. */
function boundsOf(lines) {
    let south = 90, west = 180, north = -90, east = -180;
    for (const line of lines) {
        for (const [lon, lat] of line) {
            south = Math.min(south, lat);
            north = Math.max(north, lat);
            west = Math.min(west, lon);
            east = Math.max(east, lon);
        }
    }
    return L.latLngBounds([south, west], [north, east]);
}

/** The largest number any claim of the event gives, of any measure but strikes (not people). */
function largestFigure(event) {
    let largest = 0;
    for (const claim of event.claims || []) {
        if (claim.measure === 'strikes') continue;
        largest = Math.max(largest, claim.max ?? claim.min ?? 0);
    }
    return largest;
}
