// The one place that decides an answer's themes from its answer_themes rows: automatic themes,
// except those an officer removed, plus those an officer added. A human code always wins.

export interface ThemeCodeRow {
  response_id: string;
  question: string;
  theme_id: string;
  source: string;
  present: number;
}

export const answerKey = (responseId: string, question: string) => `${responseId}\u0000${question}`;

/** Effective themes per answer (key: answerKey), and which answers an officer has coded. */
export function effectiveThemes(rows: readonly ThemeCodeRow[]) {
  const human = new Map<string, Map<string, boolean>>();
  for (const row of rows) {
    if (row.source !== 'human') continue;
    const key = answerKey(row.response_id, row.question);
    const codes = human.get(key) ?? new Map<string, boolean>();
    codes.set(row.theme_id, row.present === 1);
    human.set(key, codes);
  }
  const themes = new Map<string, string[]>();
  for (const row of rows) {
    const key = answerKey(row.response_id, row.question);
    const decided = human.get(key)?.get(row.theme_id);
    const counts =
      row.source === 'human' ? row.present === 1 : row.present === 1 && decided !== false;
    if (!counts) continue;
    const list = themes.get(key);
    if (!list) themes.set(key, [row.theme_id]);
    else if (!list.includes(row.theme_id)) list.push(row.theme_id);
  }
  return { themes, coded: new Set(human.keys()) };
}
