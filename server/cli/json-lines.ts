// Reading JSON Lines: a malformed line is reported as "line N: problem" on stderr and skipped, so
// one bad line never stops the rest.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import type { z } from 'zod';

export interface LineError {
  line: number;
  problem: string;
}

export async function* readJsonLines<T extends z.ZodType>(
  input: Readable,
  schema: T,
  onError: (error: LineError) => void,
): AsyncGenerator<{ line: number; value: z.infer<T> }> {
  const lines = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
  let line = 0;
  for await (const text of lines) {
    line++;
    if (text.trim() === '') continue;
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch {
      onError({ line, problem: 'not valid JSON' });
      continue;
    }
    const parsed = schema.safeParse(raw);
    if (!parsed.success) {
      const problems = parsed.error.issues.map(
        (i) => `${i.path.join('.') || 'line'}: ${i.message}`,
      );
      onError({ line, problem: problems.join('; ') });
      continue;
    }
    yield { line, value: parsed.data };
  }
}

export const openFile = (path: string) => createReadStream(path, { encoding: 'utf8' });
