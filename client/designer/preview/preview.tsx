// The live preview: the parent's questionnaire, rebuilt a moment after each change, in a frame
// the width of a phone or of a desktop screen.
import { useEffect, useRef, useState } from 'react';
import { Paragraphs } from '../../components/paragraphs.tsx';
import type { SurveyModel } from './preview-runtime.tsx';
import { usePreviewRuntime } from './use-preview-runtime.ts';

export type FrameSize = 'phone' | 'desktop';

interface PreviewProps {
  json: Record<string, unknown>;
  title: string;
  privacyNotice?: string;
  thankYou?: string;
  frame: FrameSize;
  onFrame(frame: FrameSize): void;
}

const DEFAULT_THANKS = 'Thank you. Your answers have been sent.';
const STANDARD =
  'The standard wording is shown here, because none has been written in the settings.';
type Screen = 'notice' | 'questions' | 'thanks';
const SCREENS: { key: Screen; label: string }[] = [
  { key: 'notice', label: 'Before you start' },
  { key: 'questions', label: 'Questions' },
  { key: 'thanks', label: 'Thank you' },
];

export function Preview({ json, title, privacyNotice, thankYou, frame, onFrame }: PreviewProps) {
  const [screen, setScreen] = useState<Screen>('questions');
  const { runtime, failed } = usePreviewRuntime();
  const [model, setModel] = useState<SurveyModel | undefined>();
  const [broken, setBroken] = useState(false);
  const [completed, setCompleted] = useState(false);
  const [restarts, setRestarts] = useState(0);
  const previous = useRef<SurveyModel | undefined>(undefined);

  // biome-ignore lint/correctness/useExhaustiveDependencies: restarts asks for a fresh model.
  useEffect(() => {
    if (!runtime) return;
    const timer = setTimeout(() => {
      try {
        const next = runtime.createQuestionnaire(json, 0, undefined, {
          onChange: () => undefined,
          onPageChange: () => undefined,
          onComplete: () => {
            setCompleted(true);
            setScreen('thanks');
          },
        });
        const old = previous.current;
        if (old && old.state !== 'completed') {
          // Keep the designer's place and answers while they change the wording.
          next.data = old.data;
          next.currentPageNo = Math.min(
            old.currentPageNo,
            Math.max(0, next.visiblePages.length - 1),
          );
        }
        previous.current = next;
        setModel(next);
        setBroken(false);
      } catch {
        setBroken(true);
      }
    }, 300);
    return () => clearTimeout(timer);
  }, [runtime, json, restarts]);

  const restart = () => {
    previous.current = undefined;
    setCompleted(false);
    setScreen('questions');
    setRestarts((n) => n + 1);
  };
  const show = (next: Screen) => {
    if (next === 'questions' && completed) restart();
    else setScreen(next);
  };

  return (
    <section className="preview" aria-labelledby="preview-heading">
      <h2 className="heading-m" id="preview-heading">
        Preview
      </h2>
      <fieldset className="preview__sizes">
        <legend className="form-label form-label--s">Screen size</legend>
        {(['phone', 'desktop'] as const).map((size) => (
          <div className="designer-radio designer-radio--inline" key={size}>
            <input
              id={`preview-${size}`}
              type="radio"
              name="preview-size"
              checked={frame === size}
              onChange={() => onFrame(size)}
            />
            <label htmlFor={`preview-${size}`}>{size === 'phone' ? 'Phone' : 'Desktop'}</label>
          </div>
        ))}
      </fieldset>
      <fieldset className="preview__sizes">
        <legend className="form-label form-label--s">Page to show</legend>
        {SCREENS.map(({ key, label }) => (
          <div className="designer-radio designer-radio--inline" key={key}>
            <input
              id={`preview-screen-${key}`}
              type="radio"
              name="preview-screen"
              checked={screen === key}
              onChange={() => show(key)}
            />
            <label htmlFor={`preview-screen-${key}`}>{label}</label>
          </div>
        ))}
      </fieldset>
      <p className="form-hint">What parents will see. Answers you give here are not saved.</p>
      <div className={`preview-frame preview-frame--${frame}`} data-testid={`preview-${frame}`}>
        <p className="heading-l preview-frame__title">{title}</p>
        {failed ? (
          <p className="body">
            The preview could not load. Check your connection and reload the page.
          </p>
        ) : broken ? (
          <p className="body">
            The preview cannot show this questionnaire. Check the Advanced JSON view for problems.
          </p>
        ) : screen === 'notice' ? (
          <div>
            <p className="heading-m">Before you start</p>
            <Paragraphs text={privacyNotice ?? STANDARD} />
            <button
              type="button"
              className="button button--start"
              onClick={() => show('questions')}
            >
              Start
            </button>
          </div>
        ) : screen === 'thanks' ? (
          <div>
            <p className="heading-m">Your answers have been sent</p>
            <Paragraphs text={thankYou ?? `${DEFAULT_THANKS} ${STANDARD}`} />
            <button type="button" className="button button--secondary" onClick={restart}>
              Start the preview again
            </button>
          </div>
        ) : runtime && model ? (
          <div className="questionnaire">
            <runtime.QuestionnaireForm model={model} />
          </div>
        ) : (
          <p className="body">Loading the preview…</p>
        )}
      </div>
    </section>
  );
}
