// What counts as agreeing to be quoted. The designer fixes these values on the consent question
// and its checks require one, so that reports and the questionnaire never disagree.

/** Answer values (any case) that mean yes. */
export const CONSENTING_VALUES: ReadonlySet<string> = new Set(['yes', 'true', '1']);

/** A consent answer meaning yes: yes, true or 1, in any case. */
export const consents = (value: unknown) =>
  (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') &&
  CONSENTING_VALUES.has(String(value).trim().toLowerCase());
