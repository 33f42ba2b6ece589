// The default codebook file seeds the database. A changed file becomes a new version and every
// answer is queued to be tagged again; an unchanged file (every restart) queues nothing, and a
// codebook the team edits in the app is left alone.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { parseCodebook } from '../analysis/codebook.ts';
import { DEFAULT_CODEBOOK_PATH } from '../analysis/default-codebook.ts';
import { saveFileCodebook } from '../db/codebooks-repository.ts';
import type { Db } from '../db/connection.ts';
import { requestRetag } from '../db/tagging-repository.ts';
import type { Logger } from './logger.ts';

export async function seedDefaultCodebook(
  db: Db,
  logger: Logger,
  now: Date,
  path = DEFAULT_CODEBOOK_PATH,
) {
  const text = readFileSync(path, 'utf8');
  let codebook: ReturnType<typeof parseCodebook>;
  try {
    codebook = parseCodebook(JSON.parse(text));
  } catch (error) {
    throw new Error(`Codebook file ${path}: ${error instanceof Error ? error.message : error}`);
  }
  const hash = createHash('sha256').update(JSON.stringify(codebook)).digest('hex');
  const saved = await saveFileCodebook(db, codebook.id, codebook, hash, now);
  // Only a version stored now changes what answers are tagged with: a restart on the same file
  // queues nothing.
  if (saved.created) {
    const run = await requestRetag(db, {
      reason: `codebook ${codebook.id} v${saved.version}`,
      now,
    });
    logger.info('codebook_loaded', { key: codebook.id, version: saved.version, retag: run.total });
  }
}
