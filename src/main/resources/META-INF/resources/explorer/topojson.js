// Turns a TopoJSON topology (the bundled Natural Earth countries) into GeoJSON features, as topojson-client does.

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
