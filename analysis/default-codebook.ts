// The default SEND codebook ships as a JSON file so the engagement team can read and edit it.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type Codebook, parseCodebook } from './codebook.ts';

export const DEFAULT_CODEBOOK_PATH = fileURLToPath(
  new URL('./codebooks/send-default.json', import.meta.url),
);

export function loadCodebookFile(path: string): Codebook {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(
      `Cannot read codebook ${path}: ${error instanceof Error ? error.message : error}`,
    );
  }
  return parseCodebook(raw);
}

export const loadDefaultCodebook = () => loadCodebookFile(DEFAULT_CODEBOOK_PATH);
