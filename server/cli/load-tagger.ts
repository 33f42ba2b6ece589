// The tagger the CLI commands share: a codebook (default unless --codebook) and an optional model.
import { existsSync, readFileSync } from 'node:fs';
import type { Codebook } from '../../analysis/codebook.ts';
import { DEFAULT_CODEBOOK_PATH, loadCodebookFile } from '../../analysis/default-codebook.ts';
import { createTagger, type ThemeModel } from '../../analysis/tag-answer.ts';
import { themeModelFromFile } from '../../analysis/theme-model.ts';
import { UsageError } from './cli-errors.ts';

export function requireFile(path: string, what: string): string {
  if (!existsSync(path)) throw new UsageError(`${what} file not found: ${path}`);
  return path;
}

export function loadCodebookOption(path: string | undefined): Codebook {
  const file = requireFile(path ?? DEFAULT_CODEBOOK_PATH, 'Codebook');
  try {
    return loadCodebookFile(file);
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

export function loadModelOption(path: string | undefined): ThemeModel | undefined {
  if (!path) return undefined;
  const text = readFileSync(requireFile(path, 'Model'), 'utf8');
  try {
    return themeModelFromFile(JSON.parse(text));
  } catch (error) {
    throw new UsageError(
      `Model ${path} cannot be used: ${error instanceof Error ? error.message : error}`,
    );
  }
}

export function loadTagger(options: { codebook?: string; model?: string }) {
  return createTagger({
    codebook: loadCodebookOption(options.codebook),
    model: loadModelOption(options.model),
  });
}
