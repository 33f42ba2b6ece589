import type { PublicSurvey } from '../../server/contracts.ts';
import { PageHeading } from '../components/page-heading.tsx';
import type { SurveyModel } from './survey-runtime.tsx';
import type { SurveyRuntime } from './use-survey-runtime.ts';
import { WelcomeBack } from './welcome-back.tsx';

interface QuestionnaireViewProps {
  survey: PublicSurvey;
  runtime?: SurveyRuntime;
  model?: SurveyModel;
  failed: boolean;
  welcomeBack: boolean;
  focusHeading: boolean;
  onStartAgain(): void;
}

export function QuestionnaireView(props: QuestionnaireViewProps) {
  const { survey, runtime, model, failed, welcomeBack, focusHeading, onStartAgain } = props;
  return (
    <>
      <PageHeading focusOnMount={focusHeading} className="heading-l">
        {survey.title}
      </PageHeading>
      {welcomeBack && <WelcomeBack onStartAgain={onStartAgain} />}
      {runtime && model ? (
        <div className="questionnaire">
          <runtime.QuestionnaireForm model={model} />
        </div>
      ) : failed ? (
        <div className="error-summary" role="alert">
          <h2 className="heading-m">The questionnaire did not load</h2>
          <p className="body">
            Check your internet connection, then reload this page. Any answers you already gave are
            still saved on this device.
          </p>
          <button type="button" className="button" onClick={() => window.location.reload()}>
            Reload the page
          </button>
        </div>
      ) : (
        <p className="body" role="status">
          Loading the questions…
        </p>
      )}
    </>
  );
}
