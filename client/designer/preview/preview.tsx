// The live preview: the parent's own page (/preview, the parent's bundle) in a frame the width
// of a phone or of a desktop screen, so the site's own layout rules apply as on those screens.
// The draft goes to the frame by postMessage a moment after each change; the frame keeps the
// designer's place and answers, holds them in memory only, and never sends anything.
import './preview.css';
import { useEffect, useMemo, useRef, useState } from 'react';
import {
  PREVIEW_PATH,
  type PreviewDraft,
  type PreviewScreen,
  previewReportSchema,
  trustedData,
} from '../../lib/preview-messages.ts';
import type { DraftState } from '../editor/use-design.ts';
import { type PreviewedSurvey, previewLocales, previewSurvey } from './preview-survey.ts';
import { useSurveyCoreWording } from './use-survey-core-wording.ts';

export type FrameSize = 'phone' | 'desktop';

const SIZES: Record<FrameSize, { label: string; width: number; height: number }> = {
  phone: { label: 'Phone', width: 375, height: 667 },
  desktop: { label: 'Desktop', width: 1024, height: 720 },
};
const SCREENS: { key: PreviewScreen; label: string }[] = [
  { key: 'notice', label: 'Before you start' },
  { key: 'questionnaire', label: 'Questions' },
  { key: 'sent', label: 'Thank you' },
];

interface PreviewProps {
  draft: Pick<DraftState, 'json' | 'settings' | 'title'>;
  survey: PreviewedSurvey;
  /** A language to show, as the Languages tab does; otherwise English until picked in the frame. */
  locale?: string;
  frame: FrameSize;
  onFrame(frame: FrameSize): void;
}

export function Preview({ draft, survey, locale, frame, onFrame }: PreviewProps) {
  const frameRef = useRef<HTMLIFrameElement>(null);
  // Counts the frame's "ready" messages: a reloaded frame needs the draft again.
  const [ready, setReady] = useState(0);
  const [screen, setScreen] = useState<PreviewScreen>('questionnaire');
  const [shown, setShown] = useState<PreviewScreen>();
  const [restarts, setRestarts] = useState(0);
  const { json, settings, title } = draft;
  const { slug, accessCodesRequired } = survey;
  const locales = useMemo(() => previewLocales(json), [json]);
  const coreWording = useSurveyCoreWording(locales);
  const published = useMemo(
    () => previewSurvey({ json, settings, title }, { slug, accessCodesRequired }, coreWording),
    [json, settings, title, slug, accessCodesRequired, coreWording],
  );

  useEffect(() => {
    const onMessage = (event: MessageEvent) => {
      const from = frameRef.current?.contentWindow;
      const parsed = previewReportSchema.safeParse(trustedData(event, from));
      if (!parsed.success) return;
      if (parsed.data.type === 'send-voice:preview-ready') setReady((n) => n + 1);
      else setShown(parsed.data.screen);
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, []);

  const run = `${ready}|${restarts}|${locale ?? ''}`;
  useEffect(() => {
    if (ready === 0) return;
    const message: PreviewDraft = {
      type: 'send-voice:preview-draft',
      survey: published,
      screen,
      ...(locale ? { locale } : {}),
      run,
    };
    const timer = setTimeout(
      () => frameRef.current?.contentWindow?.postMessage(message, window.location.origin),
      300,
    );
    return () => clearTimeout(timer);
  }, [ready, published, screen, locale, run]);

  const show = (next: PreviewScreen) => {
    setScreen(next);
    setShown(undefined);
    setRestarts((n) => n + 1);
  };
  const size = SIZES[frame];

  return (
    <section className="preview" aria-labelledby="preview-heading">
      <h2 className="heading-m" id="preview-heading">
        Preview
      </h2>
      <fieldset className="preview__sizes">
        <legend className="form-label form-label--s">Screen size</legend>
        {(['phone', 'desktop'] as const).map((key) => (
          <div className="designer-radio designer-radio--inline" key={key}>
            <input
              id={`preview-${key}`}
              type="radio"
              name="preview-size"
              checked={frame === key}
              onChange={() => onFrame(key)}
            />
            <label htmlFor={`preview-${key}`}>{SIZES[key].label}</label>
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
              checked={(shown ?? screen) === key}
              onChange={() => show(key)}
            />
            <label htmlFor={`preview-screen-${key}`}>{label}</label>
          </div>
        ))}
      </fieldset>
      <p className="form-hint">
        The page parents will see. Nothing you do here is sent or saved, and any access code is
        accepted.
      </p>
      {/* Focusable so that a keyboard can scroll a frame wider than the screen. */}
      <section
        className={`preview-frame preview-frame--${frame}`}
        aria-label={`${size.label} preview`}
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must take focus.
        tabIndex={0}
      >
        <iframe
          ref={frameRef}
          src={PREVIEW_PATH}
          title={`Preview of the questionnaire on a ${frame === 'phone' ? 'phone' : 'desktop screen'}`}
          width={size.width}
          height={size.height}
          className="preview-frame__window"
          data-testid={`preview-${frame}`}
        />
      </section>
    </section>
  );
}
