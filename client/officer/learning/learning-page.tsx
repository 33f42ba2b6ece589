import { useEffect, useRef, useState } from 'react';
import type { TrainingOverview, TrainingRun } from '../../../server/training-contracts.ts';
import { formatLondonDateTime } from '../../lib/london-date.ts';
import { formatCount, plural } from '../format.ts';
import { type Account, OfficerLayout } from '../officer-layout.tsx';
import { LoadProblem } from '../pages/load-problem.tsx';
import { useLoad } from '../use-load.ts';
import { discardModel, fetchTraining, installModel, startTraining } from './learning-api.ts';
import { TrainingHistory } from './training-history.tsx';
import { TrainingResult } from './training-result.tsx';

const TITLE = 'Teach the automatic themes';
const POLL_MS = 3_000;
const busy = (run?: TrainingRun) => run?.status === 'queued' || run?.status === 'running';

export function LearningPage({ account }: { account: Account }) {
  const loaded = useLoad(fetchTraining, 'training');
  const [latest, setLatest] = useState<TrainingOverview>();
  const [outcome, setOutcome] = useState<{ title: string; text: string; problem?: boolean }>();
  const [working, setWorking] = useState(false);
  const banner = useRef<HTMLDivElement>(null);
  const overview = latest ?? (loaded.kind !== 'loading' && loaded.ok ? loaded.value : undefined);
  const current = overview?.runs[0];

  useEffect(() => {
    if (outcome) banner.current?.focus();
  }, [outcome]);

  // While a run is waiting or training, the page asks again every few seconds.
  useEffect(() => {
    if (!busy(current)) return;
    const timer = setInterval(async () => {
      const next = await fetchTraining();
      if (next.ok) setLatest(next.value);
    }, POLL_MS);
    return () => clearInterval(timer);
  }, [current]);

  if (loaded.kind === 'loading') {
    return (
      <OfficerLayout title={TITLE} account={account}>
        <h1 className="heading-xl">{TITLE}</h1>
        <p className="body delayed-appear">Loading…</p>
      </OfficerLayout>
    );
  }
  if (!loaded.ok) return <LoadProblem failure={loaded} account={account} />;
  if (!overview) return null;

  async function act(action: () => Promise<{ ok: boolean } & object>, done: string, text: string) {
    setWorking(true);
    const result = await action();
    const next = await fetchTraining();
    if (next.ok) setLatest(next.value);
    setWorking(false);
    if (result.ok) setOutcome({ title: done, text });
    else {
      const message = 'message' in result ? String(result.message) : 'Try again in a moment.';
      setOutcome({ title: 'That did not work', text: message, problem: true });
    }
  }

  const labels = new Map(overview.themes.map((t) => [t.id, t.label]));
  const admin = account.user.role === 'admin';
  return (
    <OfficerLayout title={TITLE} account={account} wide>
      {outcome && (
        <div
          className={outcome.problem ? 'error-summary' : 'panel panel--confirmation'}
          role={outcome.problem ? 'alert' : 'status'}
          tabIndex={-1}
          ref={banner}
        >
          <h2 className={outcome.problem ? 'heading-m' : 'panel__title'}>{outcome.title}</h2>
          <p className="body">{outcome.text}</p>
        </div>
      )}
      <h1 className="heading-xl">{TITLE}</h1>
      <p className="body">
        Themes are first found with the codebook’s keywords. Every time an officer checks the coding
        of an answer (“Check the coding” under a question of a report), the tagging can learn from
        it. An administrator trains a model from those codes, sees how well it agrees with officers
        on answers it never saw, and decides whether to use it.
      </p>
      <h2 className="heading-l">What finds the themes now</h2>
      <p className="body">
        {overview.activeModel
          ? `A model trained on ${plural(overview.activeModel.exampleCount, 'coded answer', 'coded answers')} on ${formatLondonDateTime(overview.activeModel.createdAt)}, with the codebook’s keywords for the themes it did not learn.`
          : 'The codebook’s keywords alone: no model has been trained yet.'}
      </p>
      <p className="body">
        Officers have coded {plural(overview.coded, 'answer', 'answers')} so far, across every
        survey.
      </p>
      <h2 className="heading-l">A new model</h2>
      <CurrentRun
        overview={overview}
        admin={admin}
        working={working}
        labels={labels}
        onStart={() =>
          act(startTraining, 'Training has started', 'This page shows the result when it is ready.')
        }
        onInstall={(id) =>
          act(
            () => installModel(id),
            'The new model is in use',
            'Every answer is being tagged again with it. Officers’ own codes still stand.',
          )
        }
        onDiscard={(id) =>
          act(() => discardModel(id), 'The new model was discarded', 'Nothing has changed.')
        }
      />
      <TrainingHistory
        runs={overview.runs.slice(busy(current) || current?.status === 'ready' ? 1 : 0)}
      />
    </OfficerLayout>
  );
}

interface CurrentRunProps {
  overview: TrainingOverview;
  admin: boolean;
  working: boolean;
  labels: Map<string, string>;
  onStart: () => void;
  onInstall: (id: string) => void;
  onDiscard: (id: string) => void;
}

function CurrentRun({
  overview,
  admin,
  working,
  labels,
  onStart,
  onInstall,
  onDiscard,
}: CurrentRunProps) {
  const run = overview.runs[0];
  if (run && busy(run)) {
    return (
      <p className="body" role="status">
        Training, asked for by {run.requestedBy} at {formatLondonDateTime(run.requestedAt)}. It
        takes up to a few minutes; this page shows the result when it is ready.
      </p>
    );
  }
  if (run?.status === 'ready' && run.agreement) {
    return (
      <>
        <TrainingResult run={{ ...run, agreement: run.agreement }} labels={labels} />
        {admin ? (
          <div className="button-group">
            <button
              type="button"
              className="button"
              disabled={working}
              onClick={() => onInstall(run.id)}
            >
              Use this model
            </button>
            <button
              type="button"
              className="button button--secondary"
              disabled={working}
              onClick={() => onDiscard(run.id)}
            >
              Discard it
            </button>
          </div>
        ) : (
          <p className="body">An administrator decides whether to use it.</p>
        )}
      </>
    );
  }
  if (!admin) return <p className="body">An administrator can train a new model from the codes.</p>;
  if (overview.coded < overview.minimum) {
    return (
      <p className="body">
        Code at least {formatCount(overview.minimum)} answers before training a model (
        {formatCount(overview.coded)} so far).
      </p>
    );
  }
  return (
    <>
      <p className="body">
        Training takes up to a few minutes and changes nothing until you choose to use the result.
      </p>
      <button type="button" className="button" disabled={working} onClick={onStart}>
        Train a new model from officers’ codes
      </button>
    </>
  );
}
