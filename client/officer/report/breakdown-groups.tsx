import type { Breakdown, QuestionFigure } from '../../../analysis/report/report-types.ts';
import { capitalised, fewerThan, plural } from '../format.ts';
import { QuestionSection } from './question-section.tsx';
import { ReportGroupContext } from './report-group-context.ts';

interface BreakdownGroupsProps {
  breakdown: Breakdown;
  questions: QuestionFigure[];
  k: number;
}

export function BreakdownGroups({ breakdown, questions, k }: BreakdownGroupsProps) {
  const by = questions.find((q) => q.name === breakdown.question);
  const anyHidden = breakdown.groups.some((group) => 'suppressed' in group);
  return (
    <>
      <p className="body-l">Figures for each answer to “{by?.title ?? breakdown.question}”.</p>
      {anyHidden && (
        <p className="body">
          A group shown as “{fewerThan(k)} people” may be a little larger: a group is also hidden
          when its size would let someone work out the size of a smaller one.
        </p>
      )}
      {breakdown.groups.map((group) => (
        <section
          key={String(group.value)}
          className="report-group"
          aria-label={`Group: ${group.label}`}
        >
          <h2 className="heading-l">Group: {group.label}</h2>
          {'suppressed' in group ? (
            <p className="body">
              {capitalised(fewerThan(k))} people. This group’s figures are hidden so that no one in
              it can be identified.
            </p>
          ) : (
            <ReportGroupContext.Provider value={group.label}>
              <p className="caption">{plural(group.n, 'person', 'people')}</p>
              {group.questions.map((q) => (
                <QuestionSection key={q.name} question={q} k={k} level={3} />
              ))}
            </ReportGroupContext.Provider>
          )}
        </section>
      ))}
    </>
  );
}
