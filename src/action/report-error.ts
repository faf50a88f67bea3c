/** A report file that cannot be published (missing, too large, not a report). Apart so the entry loads no validator. */
export class ReportError extends Error {}
