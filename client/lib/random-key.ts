/** A fresh random id for the Idempotency-Key header. */
export function newIdempotencyKey(): string {
  // randomUUID exists only on https and localhost; a council may test on plain http first.
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
