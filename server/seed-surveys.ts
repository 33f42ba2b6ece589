// Questionnaire files seed the database. A file only ever updates a survey that came from files;
// once the team manages a survey in the app, its file is ignored.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SurveyModel } from 'survey-core';
import type { Db } from '../db/connection.ts';
import { findSurveyBySlug, saveFileSurvey } from '../db/surveys-repository.ts';
import type { Logger } from './logger.ts';
import { type SurveyFile, surveyFileSchema } from './survey-file.ts';
import { unsafePatterns } from './survey-model/pattern-safety.ts';
import type { VersionSettingsInput } from './survey-model/survey-settings.ts';

export class SurveyFileError extends Error {}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

interface LoadedFile {
  path: string;
  file: SurveyFile;
  hash: string;
}

function checkReferences(file: SurveyFile): string[] {
  const model = new SurveyModel(file.json);
  const names = new Set(model.getAllQuestions(false, false, true).map((q) => q.getValueName()));
  const problems: string[] = [];
  const refer = (where: string, name: string) => {
    if (!names.has(name)) problems.push(`${where} names "${name}", which is not a question`);
  };
  for (const name of file.themedQuestions ?? []) refer('themedQuestions', name);
  for (const name of Object.keys(file.positiveOptions ?? {})) refer('positiveOptions', name);
  if (file.quoteConsentQuestion) refer('quoteConsentQuestion', file.quoteConsentQuestion);
  if (model.getAllQuestions().length === 0) problems.push('json has no questions');
  for (const name of names) {
    if (name in Object.prototype)
      problems.push(`question "${name}" has a name the system uses itself`);
  }
  for (const unsafe of unsafePatterns(file.json)) {
    problems.push(`question "${unsafe.question}": ${unsafe.problem}`);
  }
  return problems;
}

export function readSurveyFile(path: string): LoadedFile {
  const fail = (problem: string) => new SurveyFileError(`Survey file ${path}: ${problem}`);
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw fail(`is not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  const parsed = surveyFileSchema.safeParse(raw);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.') || '(file)'}: ${i.message}`);
    throw fail(issues.join('; '));
  }
  const problems = checkReferences(parsed.data);
  if (problems.length > 0) throw fail(problems.join('; '));
  return { path, file: parsed.data, hash: sha256(JSON.stringify(parsed.data)) };
}

/** Reads and checks every file first, so one bad file stops start-up before anything is written. */
export function readSurveyFiles(dir: string): LoadedFile[] {
  const paths = readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => join(dir, name));
  const loaded = paths.map(readSurveyFile);
  const seen = new Map<string, string>();
  for (const { path, file } of loaded) {
    const other = seen.get(file.slug);
    if (other)
      throw new SurveyFileError(`Survey files ${other} and ${path} both use "${file.slug}"`);
    seen.set(file.slug, path);
  }
  return loaded;
}

function versionContent(file: SurveyFile) {
  const settings: VersionSettingsInput = {
    themedQuestions: file.themedQuestions ?? [],
    positiveOptions: file.positiveOptions ?? {},
    quoteConsentQuestion: file.quoteConsentQuestion,
    texts: { privacyNotice: file.privacyNotice, thankYou: file.thankYou, help: file.help },
    codebook: file.codebook,
    localeTexts: file.localeTexts,
  };
  const definition = JSON.stringify(file.json);
  const settingsText = JSON.stringify(settings);
  return {
    definition,
    settings: settingsText,
    contentHash: sha256(`${definition}\n${settingsText}`),
  };
}

export async function seedSurveys(db: Db, dir: string, logger: Logger, now: Date): Promise<void> {
  if (!existsSync(dir)) {
    logger.warn('surveys_dir_missing', { dir });
    return;
  }
  for (const { path, file, hash } of readSurveyFiles(dir)) {
    const existing = await findSurveyBySlug(db, file.slug);
    if (existing?.managed_by === 'app') {
      logger.info('survey_file_ignored', { slug: file.slug, reason: 'managed in the app' });
      continue;
    }
    if (existing?.file_hash === hash) continue;
    const fields = {
      slug: file.slug,
      title: file.title,
      status: file.status,
      opensAt: file.opensAt ?? null,
      closesAt: file.closesAt ?? null,
      series: file.series ?? null,
    };
    const saved = await saveFileSurvey(db, fields, versionContent(file), hash, now.toISOString());
    logger.info('survey_file_loaded', { slug: file.slug, file: path, version: saved.version });
  }
}
