// Anything stored about a response is dated no more precisely than its hour (anonymity).

/** The UTC hour a moment falls in, as stored: 2026-12-07T14:00:00.000Z. */
export function hourOf(date: Date): string {
  const hour = new Date(date.getTime());
  hour.setUTCMinutes(0, 0, 0);
  return hour.toISOString();
}
