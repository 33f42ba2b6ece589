// What a changed codebook would tag differently: the current and the proposed codebook tag the
// same stored answers, and each theme's gains and losses are counted, with a few redacted
// examples. Nothing is written. The tagging runs in the tagging thread (5,000 answers take
// seconds of CPU), so parents' requests are answered meanwhile.
import type { Codebook } from '../analysis/codebook.ts';
import {
  activeThemeModelId,
  listVersionSettings,
  recentResponsesOf,
  themeModelDocument,
} from '../db/codebooks-repository.ts';
import { findVersionById } from '../db/surveys-repository.ts';
import type { AppDeps } from './app-deps.ts';
import type { CodebookPreview } from './designer-contracts.ts';
import { versionSettingsSchema } from './survey-model/survey-settings.ts';
import { acquireTaggingThread } from './tagging/tagging-thread-client.ts';

/** Answers checked at most, the most recent first, so a preview stays within a second or two. */
export const PREVIEW_ANSWER_LIMIT = 5000;
/** Longer than this and the preview is abandoned rather than hold a core. */
const PREVIEW_TIMEOUT_MS = 60_000;

export async function previewCodebook(
  deps: AppDeps,
  options: { key: string; current: Codebook; proposed: Codebook; surveyId?: string },
): Promise<CodebookPreview> {
  const { key, current, proposed } = options;
  const versionIds = (await listVersionSettings(deps.db, options.surveyId))
    .filter((v) => {
      const settings = versionSettingsSchema.parse(JSON.parse(v.settings));
      return settings.codebook === key && settings.themedQuestions.length > 0;
    })
    .map((v) => v.id);
  // Every response has at least one themed answer or none, so this many responses is enough.
  const responses = await recentResponsesOf(deps.db, versionIds, PREVIEW_ANSWER_LIMIT + 1);

  const answers: { text: string; question: string }[] = [];
  let capped = false;
  check: for (const response of responses) {
    const version = await deps.versions.get(response.versionId, (id) =>
      findVersionById(deps.db, id),
    );
    if (!version) continue;
    for (const question of version.settings.themedQuestions) {
      const text = response.answers[question];
      if (typeof text !== 'string' || text.trim() === '') continue;
      if (answers.length === PREVIEW_ANSWER_LIMIT) {
        capped = true;
        break check;
      }
      // The worker's input: the question's name and wording tell "Nothing." apart per question.
      const title = version.questionsByKey.get(question)?.title ?? '';
      answers.push({ text, question: `${question} ${title}` });
    }
  }

  const modelId = await activeThemeModelId(deps.db);
  const model = modelId === null ? null : await themeModelDocument(deps.db, modelId);
  const held = acquireTaggingThread({ maxChars: deps.config.maxAnswerChars });
  try {
    const input = { current, proposed, model, answers };
    const themes = await held.thread.compare(input, PREVIEW_TIMEOUT_MS);
    return { answersChecked: answers.length, capped, limit: PREVIEW_ANSWER_LIMIT, themes };
  } finally {
    held.release();
  }
}
