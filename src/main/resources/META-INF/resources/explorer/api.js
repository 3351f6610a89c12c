// Calls to the public API (/api/v1): JSON answers, and problem+json errors turned into readable messages.

export const API = '/api/v1';

/** A failed call: the problem's title and each parameter it names. */
export class ApiError extends Error {
    constructor(status, problem) {
        const named = (problem && problem.errors || [])
            .map((e) => (e.parameter || e.field || '') + ': ' + e.message).join('; ');
        super((problem && (problem.detail || problem.title)) + (named ? ' (' + named + ')' : '') || 'HTTP ' + status);
        this.status = status;
        this.problem = problem;
    }
}

/** GETs a path under /api/v1 with a query (URLSearchParams or object) and returns its JSON. */
export async function getJson(path, query, signal) {
    const params = query instanceof URLSearchParams ? query : new URLSearchParams(query || {});
    const text = params.toString();
    const response = await fetch(API + path + (text ? '?' + text : ''), { headers: { Accept: 'application/json' }, signal });
    if (!response.ok) {
        let problem = null;
        try {
            problem = await response.json();
        } catch (ignored) {
            // not a problem document: the status alone says it
        }
        throw new ApiError(response.status, problem);
    }
    return response.json();
}

/** The URL of an export of a query in one of the API's formats (csv, geojson, timelinejs). */
export function exportUrl(query, format) {
    const params = new URLSearchParams(query);
    params.set('format', format);
    return API + '/events?' + params.toString();
}
