// What "Download" gives: the SurveyJS definition alone (for SurveyJS's free online editor), or
// the draft with its settings, which "Import" here reads back whole.
import type { DraftState } from './use-design.ts';

export function download(name: string, json: unknown) {
  const url = URL.createObjectURL(
    new Blob([JSON.stringify(json, null, 2)], { type: 'application/json' }),
  );
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** The draft as one file: the SurveyJS JSON under "json", the settings beside it. */
export const withSettings = (draft: DraftState) => ({
  title: draft.title,
  series: draft.series,
  settings: draft.settings,
  json: draft.json,
});
