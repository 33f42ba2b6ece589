import { z } from 'zod';

const detailSchema = z.looseObject({
  message: z.string(),
  question: z.string().optional(),
  severity: z.string().optional(),
});

export interface IssueLine {
  key: string;
  message: string;
  question?: string;
}

/** Problems listed by the server (or found here), whatever their exact shape. */
export function issueLines(details: unknown[] | undefined): IssueLine[] {
  return (details ?? []).flatMap((item, index) => {
    if (typeof item === 'string') return [{ key: `${index}`, message: item }];
    const parsed = detailSchema.safeParse(item).data;
    return parsed ? [{ key: `${index}`, message: parsed.message, question: parsed.question }] : [];
  });
}

export function IssueList({ issues }: { issues: IssueLine[] }) {
  return (
    <ul className="error-list">
      {issues.map((issue) => (
        <li key={issue.key}>
          {issue.question && <strong className="error-list__question">{issue.question}</strong>}
          {issue.message}
        </li>
      ))}
    </ul>
  );
}
