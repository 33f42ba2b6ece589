// Names used across every page, kept together so a council can rebrand in one place.
export const SERVICE_NAME = 'SEND Voice';

/** Sets the browser tab title in the "Page – Service" pattern screen reader users expect. */
export function pageTitle(...parts: string[]): string {
  return [...parts.filter(Boolean), SERVICE_NAME].join(' – ');
}
