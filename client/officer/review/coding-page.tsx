import './review.css';
import { useState } from 'react';
import { fetchReport, type Result } from '../officer-api.ts';
import { type Account, OfficerLayout } from '../officer-layout.tsx';
import { codingPath } from '../officer-routes.ts';
import { LoadProblem } from '../pages/load-problem.tsx';
import { useLoad } from '../use-load.ts';
import { CodingAnswer } from './coding-answer.tsx';
import { CodingProgressNote, checkReason } from './coding-progress.tsx';
import { ReadingAnswer } from './reading-answer.tsx';
import {
  type CodedAnswer,
  type CodingProgress,
  fetchAnswers,
  fetchCodingProgress,
  PAGE_SIZE,
  saveThemes,
} from './review-api.ts';
import { ReviewHeading, ReviewLoading } from './review-frame.tsx';
import { ShortcutSettings } from './shortcut-settings.tsx';
import { useThemeShortcuts } from './theme-shortcuts.ts';

interface CodingPageProps {
  account: Account;
  slug: string;
  question: string;
  offset: number;
}

async function loadBoth(slug: string, question: string, offset: number) {
  const [report, answers, progress] = await Promise.all([
    fetchReport(slug),
    fetchAnswers(slug, question, offset),
    fetchCodingProgress(slug, question),
  ]);
  if (!report.ok) return report;
  if (!answers.ok) return answers;
  if (!progress.ok) return progress;
  const figure = report.value.questions.find((q) => q.name === question);
  const value = {
    title: figure?.title ?? question,
    themes: (figure?.themes ?? []).map((t) => ({ id: t.id, label: t.label })),
    // A free-text question with no themes: its answers are read and approved as quotes.
    reading: figure !== undefined && !figure.suppressed && figure.themes === undefined,
    answers: answers.value,
    progress: progress.value,
  };
  return { ok: true, kind: 'ok', value } satisfies Result<typeof value>;
}

export function CodingPage({ account, slug, question, offset }: CodingPageProps) {
  const loaded = useLoad(() => loadBoth(slug, question, offset), `${slug}/${question}/${offset}`);
  const [status, setStatus] = useState('');
  const [progress, setProgress] = useState<CodingProgress>();
  const shortcuts = useThemeShortcuts(
    loaded.kind === 'ok' ? loaded.value.themes.map((t) => t.id) : [],
  );
  if (loaded.kind === 'loading') {
    return <ReviewLoading account={account} heading="Check the coding" what="the answers" />;
  }
  if (!loaded.ok) return <LoadProblem failure={loaded} account={account} />;
  const { title, themes, answers, reading } = loaded.value;
  const heading = reading ? 'Read the answers' : 'Check the coding';
  const shownProgress = progress ?? loaded.value.progress;
  const labelOf = (id: string) => themes.find((t) => t.id === id)?.label ?? id;

  async function save(answer: CodedAnswer, chosen: string[], number: number) {
    setStatus(`Saving answer ${number}…`);
    const result = await saveThemes(slug, answer.responseId, answer.question, chosen);
    setStatus(
      result.ok
        ? `Saved the themes for answer ${number}.`
        : `The themes for answer ${number} could not be saved. Try again.`,
    );
    if (result.ok) {
      const now = await fetchCodingProgress(slug, question);
      if (now.ok) setProgress(now.value);
    }
    return result.ok;
  }

  // Officers work down the list with the keyboard: carry on at the next answer.
  // After the last answer on the page, the link to the next 20.
  function focusAnswer(number: number) {
    const next =
      document.querySelector<HTMLElement>(`[data-answer="${number}"] input[type="checkbox"]`) ??
      document.querySelector<HTMLElement>('[data-next-answers]');
    next?.focus();
  }

  return (
    <OfficerLayout title={`${heading}: ${title}`} account={account}>
      <ReviewHeading slug={slug} title={title} heading={heading} />
      {reading ? (
        <p className="body">
          This question is not themed. Each answer is shown with names and contact details removed.
          Approve the ones to quote in the report (you may shorten them first); they appear under
          the question’s other comments.
        </p>
      ) : (
        <>
          <p className="body">
            Each answer shows the themes found in it. Tick or untick themes so that they match what
            the person wrote: each change is saved at once and used in every report instead of the
            automatic one. When an answer’s themes are right as they are, confirm it. Answers not
            yet checked come first, starting with those the automatic tagging was least sure of.
          </p>
          <p className="body">
            {shortcuts.enabled
              ? 'In the answer you are on, press the key shown beside a theme to tick or untick it.'
              : 'One-key shortcuts for themes are off.'}
          </p>
          <ShortcutSettings themes={themes} shortcuts={shortcuts} />
          <div role="status">
            <CodingProgressNote progress={shownProgress} />
          </div>
        </>
      )}
      <div aria-live="polite" role="status" className="body">
        {status}
      </div>
      {answers.length === 0 ? (
        <p className="body">There are no more answers to this question.</p>
      ) : (
        <ol className="review-list">
          {answers.map((answer, i) =>
            reading ? (
              <ReadingAnswer
                key={`${answer.responseId}:${offset}`}
                slug={slug}
                answer={answer}
                number={offset + i + 1}
              />
            ) : (
              <CodingAnswer
                key={`${answer.responseId}:${offset}`}
                answer={answer}
                number={offset + i + 1}
                themes={themes}
                reason={checkReason(answer, labelOf)}
                shortcuts={shortcuts}
                onSave={(a, chosen) => save(a, chosen, offset + i + 1)}
                onNext={() => focusAnswer(offset + i + 2)}
              />
            ),
          )}
        </ol>
      )}
      <p className="body">
        {offset > 0 && (
          <a href={codingPath(slug, question, Math.max(0, offset - PAGE_SIZE))}>Previous 20</a>
        )}
        {offset > 0 && answers.length === PAGE_SIZE && ' · '}
        {answers.length === PAGE_SIZE && (
          <a href={codingPath(slug, question, offset + PAGE_SIZE)} data-next-answers>
            Next 20
          </a>
        )}
      </p>
    </OfficerLayout>
  );
}
