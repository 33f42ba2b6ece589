// Every answer an officer has coded, with its text and the themes that stand (human codes win),
// as examples to learn from.
import type { CodedExample } from '../../analysis/learn-from-codes.ts';
import type { Db } from '../../db/connection.ts';
import { listHumanCodedAnswers } from '../../db/tagging-repository.ts';

export async function officerCodedExamples(db: Db): Promise<CodedExample[]> {
  const coded = await listHumanCodedAnswers(db);
  return coded.flatMap((c) => {
    const text = (JSON.parse(c.answers) as Record<string, unknown>)[c.question];
    return typeof text === 'string'
      ? [{ id: `${c.responseId}:${c.question}`, text, labels: c.themes }]
      : [];
  });
}
