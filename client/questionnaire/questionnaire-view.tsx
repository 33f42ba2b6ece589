import type { ReactNode } from 'react';
import { PageHeading } from '../components/page-heading.tsx';
import { PageProgress } from './page-progress.tsx';
import type { SurveyModel } from './survey-runtime.tsx';
import { useUiText } from './ui-text-context.tsx';
import type { SurveyRuntime } from './use-survey-runtime.ts';
import { WelcomeBack } from './welcome-back.tsx';

interface QuestionnaireViewProps {
  title: string;
  runtime?: SurveyRuntime;
  model?: SurveyModel;
  failed: boolean;
  welcomeBack: boolean;
  focusHeading: boolean;
  languages?: ReactNode;
  onStartAgain(): void;
  /** The hidden field only bots fill in (honeypot.tsx), beside the questions. */
  honeypot?: ReactNode;
}

export function QuestionnaireView(props: QuestionnaireViewProps) {
  const { title, runtime, model, failed, welcomeBack, focusHeading, languages, onStartAgain } =
    props;
  const t = useUiText();
  return (
    <>
      <PageHeading focusOnMount={focusHeading} className="heading-l">
        {title}
      </PageHeading>
      {languages}
      {welcomeBack && <WelcomeBack onStartAgain={onStartAgain} />}
      {runtime && model ? (
        <div className="questionnaire">
          <PageProgress model={model} />
          <runtime.QuestionnaireForm model={model} />
          {props.honeypot}
        </div>
      ) : failed ? (
        <div className="error-summary" role="alert">
          <h2 className="heading-m">{t('questions.failed.heading')}</h2>
          <p className="body">{t('questions.failed.body')}</p>
          <button type="button" className="button" onClick={() => window.location.reload()}>
            {t('questions.reload')}
          </button>
        </div>
      ) : (
        <p className="body" role="status">
          {t('questions.loading')}
        </p>
      )}
    </>
  );
}
