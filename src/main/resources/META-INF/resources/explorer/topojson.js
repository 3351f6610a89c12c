// Turns a TopoJSON topology (the bundled Natural Earth countries and admin-1 units) into GeoJSON features, as topojson-client does.

/** The features of one object of a quantized or plain topology. */
export function features(topology, name) {
    const arcs = decodeArcs(topology);
    const ring = (indexes) => {
        const points = [];
        for (const index of indexes) {
            const arc = index < 0 ? arcs[~index].slice().reverse() : arcs[index];
            points.push(...(points.length ? arc.slice(1) : arc));
        }
        return points;
    };
    return topology.objects[name].geometries.map((geometry) => ({
        type: 'Feature',
        id: geometry.id,
        properties: geometry.properties || {},
        geometry: geometry.type === 'Polygon'
            ? { type: 'Polygon', coordinates: geometry.arcs.map(ring) }
            : geometry.type === 'MultiPolygon'
                ? { type: 'MultiPolygon', coordinates: geometry.arcs.map((polygon) => polygon.map(ring)) }
                : null,
    })).filter((feature) => feature.geometry);
}

/**
 * Each unit's boundaries with the other units of its group (its country): the lines inside a country,
 * without the coasts and country borders that the country layer draws. A line shared by two units is
 * in both features; a unit with no such line (an island, a country of one unit) has no feature.
 */
export function innerBoundaries(topology, name, groupOf) {
    const arcs = decodeArcs(topology);
    const geometries = topology.objects[name].geometries;
    const arcsOf = (geometry) => (geometry.type === 'Polygon' ? geometry.arcs.flat()
        : geometry.type === 'MultiPolygon' ? geometry.arcs.flat(2) : []).map((index) => (index < 0 ? ~index : index));
    const users = new Map();
    for (const geometry of geometries) {
        for (const arc of arcsOf(geometry)) {
            if (!users.has(arc)) users.set(arc, []);
            users.get(arc).push(geometry);
        }
    }
    const features = [];
    for (const geometry of geometries) {
        const group = groupOf(geometry.properties || {});
        const lines = [...new Set(arcsOf(geometry))]
            .filter((arc) => users.get(arc).some((other) => other !== geometry && groupOf(other.properties || {}) === group))
            .map((arc) => arcs[arc]);
        if (lines.length) {
            features.push({ type: 'Feature', properties: geometry.properties || {}, geometry: { type: 'MultiLineString', coordinates: lines } });
        }
    }
    return features;
}

/** Arcs as absolute [lon, lat] points: quantized arcs are deltas, scaled and translated by the transform. */
function decodeArcs(topology) {
    const transform = topology.transform;
    return topology.arcs.map((arc) => {
        if (!transform) return arc;
        let x = 0;
        let y = 0;
        return arc.map(([dx, dy]) => {
            x += dx;
            y += dy;
            return [x * transform.scale[0] + transform.translate[0], y * transform.scale[1] + transform.translate[1]];
        });
    });
}
