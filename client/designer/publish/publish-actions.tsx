import { useRef, useState } from 'react';
import type { DesignIssue, SurveyDesign } from '../../../server/designer-contracts.ts';
import { formatOptionalDate } from '../../officer/format.ts';
import { ConfirmInline } from '../editor/confirm-inline.tsx';
import { type Explanation, explainFailure } from './explain-failure.ts';
import { fromLondonInput } from './london-input.ts';
import { ProblemBox } from './problem-box.tsx';
import {
  changeSurveySettings,
  closeSurvey,
  publishSurvey,
  type Result,
  type Schedule,
} from './publish-api.ts';
import { ScheduleFields, type ScheduleInputs, scheduleInputsFrom } from './schedule-fields.tsx';

type Survey = SurveyDesign['survey'];

const STATUS: Record<Survey['status'], string> = {
  draft: 'Not published yet. Parents cannot see it.',
  open: 'Published. Parents can answer it (between the dates below, if there are any).',
  closed: 'Closed. Parents can no longer answer it; everything already given is kept.',
};

function readSchedule(inputs: ScheduleInputs): Schedule | string {
  const opensAt = inputs.opensAt ? fromLondonInput(inputs.opensAt) : null;
  const closesAt = inputs.closesAt ? fromLondonInput(inputs.closesAt) : null;
  if (opensAt === undefined || closesAt === undefined)
    return 'Enter a full date and time, or leave it empty.';
  if (opensAt && closesAt && closesAt <= opensAt)
    return 'The closing date must be after the opening date.';
  return { opensAt, closesAt };
}

export interface IncompleteLanguage {
  locale: string;
  label: string;
}

/** One entry per language that a translation check warned about. */
export function incompleteLanguages(issues: DesignIssue[]): IncompleteLanguage[] {
  const found = new Map<string, string>();
  for (const issue of issues) {
    if (!issue.locale || !issue.code.startsWith('language_') || found.has(issue.locale)) continue;
    found.set(issue.locale, issue.message.split(':')[0] ?? issue.locale);
  }
  return [...found].map(([locale, label]) => ({ locale, label }));
}

interface PublishActionsProps {
  slug: string;
  survey: Survey;
  /** Languages the checks found incomplete, which publishing needs the team to agree to. */
  incompleteLanguages: IncompleteLanguage[];
  /** False for officers: they may look and approve, not publish. */
  canChange: boolean;
  onStart: () => void;
  onChanged: (notice: string) => void;
}

function ReadOnlyDates({ survey }: { survey: Survey }) {
  return (
    <>
      <p className="body">
        Opens: {formatOptionalDate(survey.opensAt)}. Closes: {formatOptionalDate(survey.closesAt)}.
      </p>
      <p className="inset">Only designers can publish, close or change the dates of a survey.</p>
    </>
  );
}

export function PublishActions({
  slug,
  survey,
  canChange,
  incompleteLanguages,
  onStart,
  onChanged,
}: PublishActionsProps) {
  const [inputs, setInputs] = useState(() => scheduleInputsFrom(survey.opensAt, survey.closesAt));
  const [dateError, setDateError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Explanation>();
  const [closing, setClosing] = useState(false);
  const [agreed, setAgreed] = useState<string[]>([]);
  const closeButton = useRef<HTMLButtonElement>(null);
  const next = (survey.currentVersion ?? 0) + 1;

  async function run<T>(
    action: (schedule: Schedule) => Promise<Result<T>>,
    doing: string,
    after: (value: T) => string,
    needsDates = true,
  ) {
    setProblem(undefined);
    onStart();
    const schedule = needsDates ? readSchedule(inputs) : {};
    if (typeof schedule === 'string') return setDateError(schedule);
    setDateError(undefined);
    setBusy(true);
    const result = await action(schedule);
    setBusy(false);
    if (!result.ok) return setProblem(explainFailure(result, doing));
    onChanged(after(result.value));
  }

  const changes = (
    <>
      <ScheduleFields value={inputs} error={dateError} onChange={setInputs} />
      {survey.status !== 'draft' && (
        <button
          type="button"
          className="button button--secondary"
          disabled={busy}
          onClick={() =>
            run(
              (s) => changeSurveySettings(slug, s),
              'save the dates',
              () => 'The dates are saved.',
            )
          }
        >
          Save dates
        </button>
      )}
      <div className="inset" id="publish-explained">
        <p className="body">
          Publishing freezes this draft as version {next}, which can never change. Parents then
          answer version {next}. Answers already given stay tied to the version they answered, so
          nothing is lost or mixed up. You can keep editing the draft and publish again later.
          {survey.status === 'closed' && ' Publishing also opens the survey again.'}
        </p>
      </div>
      {incompleteLanguages.length > 0 && (
        <fieldset className="form-group">
          <legend className="form-label">Languages that are not fully translated</legend>
          <p className="form-hint">
            Parents who choose one of these languages would read some of the questionnaire in
            English. Tick a language to publish it as it is.
          </p>
          {incompleteLanguages.map(({ locale, label }) => (
            <div className="designer-check" key={locale}>
              <input
                id={`publish-incomplete-${locale}`}
                type="checkbox"
                checked={agreed.includes(locale)}
                onChange={(e) =>
                  setAgreed((a) =>
                    e.target.checked ? [...a, locale] : a.filter((l) => l !== locale),
                  )
                }
              />
              <label htmlFor={`publish-incomplete-${locale}`}>
                Publish {label} although it is incomplete
              </label>
            </div>
          ))}
        </fieldset>
      )}
      {problem && <ProblemBox problem={problem} />}
      <div className="button-group">
        <button
          type="button"
          className="button"
          disabled={busy}
          aria-describedby="publish-explained"
          onClick={() =>
            run(
              (s) => publishSurvey(slug, s, agreed),
              'publish',
              ({ version }) =>
                `Published as version ${version ?? next}. Parents now answer this version; earlier answers stay with their own version.`,
            )
          }
        >
          Publish
        </button>
        {survey.status === 'open' && (
          <button
            ref={closeButton}
            type="button"
            className="button button--warning"
            disabled={busy}
            aria-describedby="close-explained"
            aria-expanded={closing}
            onClick={() => setClosing(true)}
          >
            Close
          </button>
        )}
      </div>
      {closing && (
        <ConfirmInline
          legend="Close the survey?"
          yes="Yes, close it"
          no="No, keep it open"
          busy={busy}
          onYes={() => {
            setClosing(false);
            run(
              () => closeSurvey(slug),
              'close the survey',
              () => 'Closed. Parents can no longer answer; every answer is kept.',
              false,
            );
          }}
          onNo={() => {
            setClosing(false);
            requestAnimationFrame(() => closeButton.current?.focus());
          }}
        >
          <p className="body">
            Close "{survey.title}" now? Parents who open it will be told it has closed, and answers
            they have not sent yet cannot be sent. You can publish it again to reopen it.
          </p>
        </ConfirmInline>
      )}
      {survey.status === 'open' && (
        <p className="form-hint" id="close-explained">
          Closing stops new answers straight away. Every answer, report and version is kept.
        </p>
      )}
    </>
  );

  return (
    <section className="designer-section" aria-labelledby="publishing-heading">
      <h3 className="heading-m" id="publishing-heading">
        Publishing
      </h3>
      <p className="body">
        <strong>Now:</strong> {STATUS[survey.status]}
      </p>
      {canChange ? changes : <ReadOnlyDates survey={survey} />}
    </section>
  );
}
