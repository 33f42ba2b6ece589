type Read =
  | { ok: true; json: Record<string, unknown>; settings?: Record<string, unknown> }
  | { ok: false; message: string };

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Reads pasted or uploaded JSON. A file downloaded "with settings" gives its SurveyJS part and
 * its settings; a survey file of this project gives its SurveyJS part.
 */
export function readJsonText(text: string): Read {
  if (!text.trim()) return { ok: false, message: 'Paste the JSON or choose a file' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : '';
    return { ok: false, message: `The JSON could not be read. ${detail}`.trim() };
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return { ok: false, message: 'The JSON must be one object, starting with { and ending with }' };
  }
  const record = parsed as Record<string, unknown>;
  const inner = record.json;
  const surveyJs = 'pages' in record || 'elements' in record || 'questions' in record;
  if (!surveyJs && isObject(inner)) {
    return isObject(record.settings)
      ? { ok: true, json: inner, settings: record.settings }
      : { ok: true, json: inner };
  }
  return { ok: true, json: record };
}
