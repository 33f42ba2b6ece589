// Names used across every page, kept together so a council can rebrand in one place.
export const SERVICE_NAME = 'SEND Voice';
export const SERVICE_TAGLINE = 'Anonymous questionnaires for families';

/** Sets the browser tab title in the "Page – Service" pattern screen reader users expect. */
export function pageTitle(...parts: string[]): string {
  return [...parts.filter(Boolean), SERVICE_NAME].join(' – ');
}
