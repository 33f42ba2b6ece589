// The designer's own survey-core code, loaded on demand: survey-core's reading of a definition,
// for its warnings. The preview itself runs in a frame with the parent's code (preview.tsx).
import { Model } from 'survey-core';

/** survey-core's complaints about a definition (unknown properties and the like). */
export function definitionWarnings(json: Record<string, unknown>): string[] {
  const model = new Model(json);
  const warnings = (model.jsonErrors ?? []).map(
    (error) => error.getFullDescription?.() ?? error.message,
  );
  model.dispose();
  return warnings;
}
