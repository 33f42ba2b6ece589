import type { ReactNode } from 'react';
import type { QuestionFigure, ShownQuestion } from '../../../analysis/report/report-types.ts';
import {
  capitalised,
  fewerThan,
  formatCount,
  formatInterval,
  formatPercent,
  formatTimes,
  plural,
} from '../format.ts';
import type { ReportQuery } from '../officer-api.ts';
import { themeAnswersPath } from '../officer-routes.ts';
import { BarChart } from './bar-chart.tsx';
import {
  agreementRows,
  type FigureRow,
  isSuppressed,
  optionRows,
  themeRows,
} from './figure-rows.ts';
import { FigureTable } from './figure-table.tsx';
import { NarrativeEditor } from './narrative-editor.tsx';
import { FoldButton } from './report-navigation.tsx';
import { ThemeQuotes } from './theme-quotes.tsx';
import { RowTrends, TrendTable } from './trend-table.tsx';

interface QuestionSectionProps {
  question: QuestionFigure;
  k: number;
  /** 2 on the whole report, 3 inside a breakdown group. */
  level: 2 | 3;
  /** On the whole report: officers approve quotes, edit the narrative and open a theme's answers. */
  slug?: string;
  /** The report's options, for the narrative editor. */
  query?: ReportQuery;
  /** On the whole report: the section's id (the contents link to it) and its folding. */
  anchor?: string;
  folding?: { folded: boolean; onToggle: () => void };
  /** Shown and folded with the figures (the coding links). */
  children?: ReactNode;
  /** Shown after the figures even when they are folded (links to the next question). */
  footer?: ReactNode;
}

/** How many answers still wait for tagging; a small number reads "fewer than k". */
function pendingText(pending: ShownQuestion['pending'], k: number): string | undefined {
  if (pending === undefined) return undefined;
  const waiting =
    typeof pending === 'number'
      ? plural(pending, 'answer is', 'answers are')
      : `${capitalised(fewerThan(k))} answers are`;
  return `${waiting} still waiting to be tagged and not counted yet.`;
}

export function QuestionSection(props: QuestionSectionProps) {
  const { question, k, level, slug, query = {}, anchor, folding } = props;
  const Heading = level === 2 ? 'h2' : 'h3';
  const waiting = question.suppressed ? undefined : pendingText(question.pending, k);
  const bodyId = anchor ? `${anchor}-body` : undefined;
  return (
    <section className="report-question" id={anchor}>
      <Heading className={level === 2 ? 'heading-l' : 'heading-m'}>{question.title}</Heading>
      <p className="caption">
        {question.suppressed
          ? `Answered by ${fewerThan(k)} people: figures hidden so no one can be identified`
          : formatTimes(question.answered)}
      </p>
      {waiting && <p className="body-s">{waiting}</p>}
      {folding && bodyId && (
        <FoldButton
          title={question.title}
          folded={folding.folded}
          controls={bodyId}
          onToggle={folding.onToggle}
        />
      )}
      <div id={bodyId} hidden={folding?.folded}>
        {slug ? (
          <NarrativeEditor
            slug={slug}
            question={question.name}
            title={question.title}
            narrative={question.narrative}
            edit={question.narrativeEdit}
            answered={query.version === undefined ? question.answered : undefined}
            k={k}
            query={query}
          />
        ) : (
          <p className="body">{question.narrative}</p>
        )}
        {!question.suppressed && (
          <QuestionFigures question={question} k={k} level={level} slug={slug} />
        )}
        {props.children}
      </div>
      {props.footer}
    </section>
  );
}

function QuestionFigures({
  question,
  k,
  level,
  slug,
}: QuestionSectionProps & { question: ShownQuestion }) {
  const Sub = level === 2 ? 'h3' : 'h4';
  return (
    <>
      {question.agreement && (
        <p className="body">
          Chose a positive answer:{' '}
          {isSuppressed(question.agreement)
            ? fewerThan(k)
            : `${formatPercent(question.agreement.percent)} (${formatCount(question.agreement.count)} of ${formatCount(question.agreement.n)}, 95% interval ${formatInterval(question.agreement.ci)})`}
        </p>
      )}
      {question.trend && question.trend.length > 0 && (
        <TrendTable title={question.title} points={question.trend} k={k} />
      )}
      {question.options && (
        <Figures
          title={question.title}
          rows={optionRows(question.options)}
          k={k}
          what="Answer"
          count="People"
        />
      )}
      {question.rows && agreementRows(question.rows).length > 0 && (
        <Figures
          title={`${question.title}: agree or strongly agree`}
          rows={agreementRows(question.rows)}
          k={k}
          what="Statement"
          count="Agree"
        />
      )}
      {question.rows && <RowTrends rows={question.rows} k={k} headingLevel={Sub} />}
      {question.rows
        ?.filter((row) => row.options || row.suppressed)
        .map((row) => (
          <div key={row.name}>
            <Sub className="heading-s">{row.title}</Sub>
            {row.suppressed ? (
              <p className="body">
                Answered by {fewerThan(k)} people: figures hidden so no one can be identified.
              </p>
            ) : (
              <Figures
                title={row.title}
                rows={optionRows(row.options ?? [])}
                k={k}
                what="Answer"
                count="People"
              />
            )}
          </div>
        ))}
      {question.themes && (
        <>
          <Figures
            title={`${question.title}: themes mentioned`}
            rows={themeRows(
              question.themes,
              slug ? (theme) => themeAnswersPath(slug, question.name, theme) : undefined,
            )}
            k={k}
            what="Theme"
            count="Answers"
          />
          {slug && <p className="body-s">Select a theme to read the answers that mention it.</p>}
          <ThemeQuotes themes={question.themes} headingLevel={level === 2 ? 3 : 4} slug={slug} />
        </>
      )}
      {question.otherComments && (
        <div className="theme-quotes">
          <Sub className="heading-s">Other comments</Sub>
          <ul className="quote-list">
            {question.otherComments.map((text) => (
              <li key={text} className="quote-list__item">
                <blockquote className="quote-list__text">{text}</blockquote>
              </li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}

interface FiguresProps {
  title: string;
  rows: FigureRow[];
  k: number;
  what: string;
  count: string;
}

function Figures({ title, rows, k, what, count }: FiguresProps) {
  return (
    <>
      <BarChart caption={`Chart: ${title}`} rows={rows} k={k} />
      <FigureTable
        caption={`Table: ${title}`}
        rowHeading={what}
        countHeading={count}
        rows={rows}
        k={k}
      />
    </>
  );
}
