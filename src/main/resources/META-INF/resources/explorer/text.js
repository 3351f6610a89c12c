// Safe text for HTML built from API answers, and the words the page shows for the API's codes.

export function escapeHtml(value) {
    return String(value ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
}

/** A code such as killed_or_injured as words: "killed or injured". */
export function words(code) {
    return code ? String(code).replace(/_/g, ' ') : '';
}

export function formatNumber(value) {
    return value == null ? '' : Number(value).toLocaleString('en');
}

/** A claim's value as a range: "728", "6–12", "400,000 or more". */
export function claimRange(claim) {
    if (claim.min == null && claim.max == null) return 'no number';
    if (claim.max == null) return formatNumber(claim.min) + ' or more';
    if (claim.min == null) return 'up to ' + formatNumber(claim.max);
    return claim.min === claim.max ? formatNumber(claim.min) : formatNumber(claim.min) + '–' + formatNumber(claim.max);
}
