// What a changed codebook would tag differently: the current and the proposed codebook tag the
// same stored answers, and each theme's gains and losses are counted, with a few redacted
// examples. Nothing is written.
import type { Codebook } from '../analysis/codebook.ts';
import { redact } from '../analysis/redaction/redact.ts';
import { createTagger, type Tagger } from '../analysis/tag-answer.ts';
import { themeModelFromFile } from '../analysis/theme-model.ts';
import {
  activeThemeModel,
  listVersionSettings,
  recentResponsesOf,
} from '../db/codebooks-repository.ts';
import { findVersionById } from '../db/surveys-repository.ts';
import type { AppDeps } from './app-deps.ts';
import type { CodebookPreview } from './designer-contracts.ts';
import { versionSettingsSchema } from './survey-model/survey-settings.ts';

/** Answers checked at most, the most recent first, so a preview stays within a second or two. */
export const PREVIEW_ANSWER_LIMIT = 5000;
const EXAMPLES_PER_THEME = 3;
const EXAMPLE_LENGTH = 300;
// Tagging is synchronous; yielding now and then keeps parents' requests flowing meanwhile.
const YIELD_EVERY = 100;

const themeIds = (tagger: Tagger, text: string, question: string) =>
  new Set(tagger.tag({ text, question }).themes.map((t) => t.id));

function shorten(text: string): string {
  return text.length <= EXAMPLE_LENGTH ? text : `${text.slice(0, EXAMPLE_LENGTH - 1).trimEnd()}…`;
}

export async function previewCodebook(
  deps: AppDeps,
  options: { key: string; current: Codebook; proposed: Codebook; surveyId?: string },
): Promise<CodebookPreview> {
  const { key, current, proposed } = options;
  const stored = await activeThemeModel(deps.db);
  const model = stored ? themeModelFromFile(stored.document) : undefined;
  const before = createTagger({ codebook: current, model });
  const after = createTagger({ codebook: proposed, model });

  const versionIds = (await listVersionSettings(deps.db, options.surveyId))
    .filter((v) => {
      const settings = versionSettingsSchema.parse(JSON.parse(v.settings));
      return settings.codebook === key && settings.themedQuestions.length > 0;
    })
    .map((v) => v.id);
  // Every response has at least one themed answer or none, so this many responses is enough.
  const responses = await recentResponsesOf(deps.db, versionIds, PREVIEW_ANSWER_LIMIT + 1);

  const labels = new Map<string, string>();
  for (const theme of [...current.themes, ...proposed.themes]) labels.set(theme.id, theme.label);
  const rows = new Map(
    [...labels].map(([id, label]) => [
      id,
      {
        id,
        label,
        added: 0,
        removed: 0,
        examples: [] as CodebookPreview['themes'][number]['examples'],
      },
    ]),
  );
  const note = (id: string, change: 'added' | 'removed', redacted: () => string) => {
    const row = rows.get(id);
    if (!row) return;
    row[change] += 1;
    if (row.examples.length < EXAMPLES_PER_THEME) row.examples.push({ text: redacted(), change });
  };

  let answersChecked = 0;
  let capped = false;
  check: for (const response of responses) {
    const version = await deps.versions.get(response.versionId, (id) =>
      findVersionById(deps.db, id),
    );
    if (!version) continue;
    for (const question of version.settings.themedQuestions) {
      const text = response.answers[question];
      if (typeof text !== 'string' || text.trim() === '') continue;
      if (answersChecked === PREVIEW_ANSWER_LIMIT) {
        capped = true;
        break check;
      }
      answersChecked += 1;
      if (answersChecked % YIELD_EVERY === 0) await new Promise((r) => setImmediate(r));
      // The worker's input: the question's name and wording tell "Nothing." apart per question.
      const context = `${question} ${version.questionsByKey.get(question)?.title ?? ''}`;
      const was = themeIds(before, text, context);
      const now = themeIds(after, text, context);
      const example = () => shorten(redact(text));
      for (const id of now) if (!was.has(id)) note(id, 'added', example);
      for (const id of was) if (!now.has(id)) note(id, 'removed', example);
    }
  }
  return {
    answersChecked,
    capped,
    limit: PREVIEW_ANSWER_LIMIT,
    themes: [...rows.values()],
  };
}
