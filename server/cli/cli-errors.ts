/** A mistake in how the command was called (unknown option, missing file): exit code 2. */
export class UsageError extends Error {}

export const EXIT_OK = 0;
export const EXIT_BAD_LINES = 1;
export const EXIT_USAGE = 2;
