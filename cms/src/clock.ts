/**
 * The CMS's "now" for date-dependent rules (comment periods, validity, draft status). Tests move
 * it to the exact instants a rule turns on (00:00 in Ha Noi on the day a period opens) instead of
 * waiting for them.
 */
export const clock: { now: () => Date } = { now: () => new Date() }
