/** Reads pasted or uploaded JSON; a survey file of this project gives its SurveyJS part. */
export function readJsonText(
  text: string,
): { ok: true; json: Record<string, unknown> } | { ok: false; message: string } {
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
  if (
    !('pages' in record) &&
    !('elements' in record) &&
    typeof inner === 'object' &&
    inner !== null &&
    !Array.isArray(inner)
  ) {
    return { ok: true, json: inner as Record<string, unknown> };
  }
  return { ok: true, json: record };
}
