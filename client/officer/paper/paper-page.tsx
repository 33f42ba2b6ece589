import { useEffect, useRef, useState } from 'react';
import type { ErrorDetail, OfficerChannel, PublicSurvey } from '../../../server/contracts.ts';
import { newIdempotencyKey } from '../../lib/random-key.ts';
import { fetchQuestionnaire, questionProblems, sendPaperResponse } from '../entries-api.ts';
import { type Account, OfficerLayout } from '../officer-layout.tsx';
import { reportPath } from '../officer-routes.ts';
import { LoadProblem } from '../pages/load-problem.tsx';
import { useLoad } from '../use-load.ts';
import { ChannelChoice, channelLabel } from './channel-choice.tsx';
import type { SurveyModel } from './paper-runtime.tsx';

type Runtime = typeof import('./paper-runtime.tsx');

type Stage =
  | { name: 'form' }
  | { name: 'saving' }
  | { name: 'saved'; channel: OfficerChannel }
  | { name: 'problem'; message: string; problems: { title: string; message: string }[] };

const CHANNEL_MISSING = 'Choose whether this response came on a paper form or by telephone.';

interface PaperPageProps {
  account: Account;
  slug: string;
}

export function PaperPage({ account, slug }: PaperPageProps) {
  const survey = useLoad(() => fetchQuestionnaire(slug), slug);
  const heading = 'Enter a paper or telephone response';
  if (survey.kind === 'loading') {
    return (
      <OfficerLayout title={heading} account={account}>
        <h1 className="heading-xl">{heading}</h1>
        <p className="body delayed-appear">Loading the questionnaire…</p>
      </OfficerLayout>
    );
  }
  if (!survey.ok) return <LoadProblem failure={survey} account={account} />;
  return <PaperEntry account={account} survey={survey.value} heading={heading} />;
}

interface PaperEntryProps {
  account: Account;
  survey: PublicSurvey;
  heading: string;
}

function PaperEntry({ account, survey, heading }: PaperEntryProps) {
  const [runtime, setRuntime] = useState<Runtime>();
  const [loadFailed, setLoadFailed] = useState(false);
  const [model, setModel] = useState<SurveyModel>();
  const [stage, setStage] = useState<Stage>({ name: 'form' });
  const [channel, setChannel] = useState<OfficerChannel>();
  const channelRef = useRef<OfficerChannel>(undefined);
  channelRef.current = channel;
  // One key per response: a retry after a lost reply is stored once.
  const key = useRef(newIdempotencyKey());
  const focusTarget = useRef<HTMLDivElement>(null);

  useEffect(() => {
    let live = true;
    import('./paper-runtime.tsx').then(
      (loaded) => live && setRuntime(loaded),
      () => live && setLoadFailed(true),
    );
    return () => {
      live = false;
    };
  }, []);

  // biome-ignore lint/correctness/useExhaustiveDependencies: a new form only for a new runtime.
  useEffect(() => {
    if (runtime) setModel(runtime.createPaperForm(survey.json, (m) => send(runtime, m)));
  }, [runtime]);

  useEffect(() => {
    if (stage.name !== 'form') focusTarget.current?.focus();
  }, [stage]);

  async function send(rt: Runtime, m: SurveyModel) {
    // survey-core calls back with the form it was created with, so read the choice from a ref.
    const how = channelRef.current;
    if (!how) {
      rt.reopen(m);
      setStage({ name: 'problem', message: CHANNEL_MISSING, problems: [] });
      return;
    }
    setStage({ name: 'saving' });
    const result = await sendPaperResponse(survey.slug, survey.version, m.data, key.current, how);
    if (result.ok) {
      key.current = newIdempotencyKey();
      return setStage({ name: 'saved', channel: how });
    }
    const problems: ErrorDetail[] = questionProblems(result);
    if (result.kind === 'rejected') key.current = newIdempotencyKey();
    if (problems.length > 0) rt.showProblems(m, problems);
    else rt.reopen(m);
    setStage({
      name: 'problem',
      message:
        result.kind === 'rejected'
          ? result.message
          : 'The response could not be saved. Check your connection, then save it again.',
      problems: problems.map((p) => ({ title: rt.titleOf(m, p.question), message: p.message })),
    });
  }

  function another() {
    if (!runtime) return;
    setModel(runtime.createPaperForm(survey.json, (m) => send(runtime, m)));
    setStage({ name: 'form' });
    setChannel(undefined);
    window.scrollTo(0, 0);
    requestAnimationFrame(() => document.querySelector<HTMLElement>('main h1')?.focus());
  }

  return (
    <OfficerLayout title={`${heading}: ${survey.title}`} account={account}>
      <p className="body">
        <a href={reportPath(survey.slug)} className="back-link">
          Back to the report
        </a>
      </p>
      {stage.name === 'saved' ? (
        <>
          <div className="panel panel--confirmation" tabIndex={-1} ref={focusTarget}>
            <h1 className="panel__title">Response saved</h1>
            <div className="panel__body">
              <p className="body">
                It is counted in the report, marked as {channelLabel(stage.channel)}.
              </p>
            </div>
          </div>
          <div className="button-group">
            <button type="button" className="button" onClick={another}>
              Enter another response
            </button>
            <a href={reportPath(survey.slug)} className="body">
              Go to the report
            </a>
          </div>
        </>
      ) : (
        <>
          {stage.name === 'problem' && (
            <div
              className="error-summary"
              role="alert"
              tabIndex={-1}
              ref={focusTarget}
              aria-labelledby="paper-problem-title"
            >
              <h2 className="heading-m" id="paper-problem-title">
                The response has not been saved
              </h2>
              <p className="body">{stage.message}</p>
              {stage.problems.length > 0 && (
                <ul className="error-list">
                  {stage.problems.map((p) => (
                    <li key={`${p.title}:${p.message}`}>
                      <strong className="error-list__question">{p.title}</strong> {p.message}
                    </li>
                  ))}
                </ul>
              )}
            </div>
          )}
          <span className="caption">{survey.title}</span>
          <h1 className="heading-xl" tabIndex={-1}>
            {heading}
          </h1>
          <p className="body">
            Type in the answers from a paper form, or from a parent on the telephone, exactly as
            they gave them. The response is stored without their name, marked as a paper or
            telephone response.
          </p>
          <ChannelChoice
            value={channel}
            error={stage.name === 'problem' && !channel ? CHANNEL_MISSING : undefined}
            onChange={setChannel}
          />
          {stage.name === 'saving' && (
            <p className="body" role="status" tabIndex={-1} ref={focusTarget}>
              Saving the response…
            </p>
          )}
          <FormArea
            runtime={runtime}
            model={model}
            failed={loadFailed}
            hidden={stage.name === 'saving'}
          />
        </>
      )}
    </OfficerLayout>
  );
}

interface FormAreaProps {
  runtime?: Runtime;
  model?: SurveyModel;
  failed: boolean;
  hidden: boolean;
}

function FormArea({ runtime, model, failed, hidden }: FormAreaProps) {
  if (failed) {
    return (
      <div className="error-summary" role="alert">
        <h2 className="heading-m">The form did not load</h2>
        <p className="body">Check your connection, then reload the page.</p>
      </div>
    );
  }
  if (!runtime || !model) {
    return (
      <p className="body" role="status">
        Loading the questions…
      </p>
    );
  }
  return (
    <div className="questionnaire" hidden={hidden}>
      <runtime.PaperForm model={model} />
    </div>
  );
}
