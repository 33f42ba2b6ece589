import type { PublicSurvey } from '../../server/contracts.ts';
import { HelpContacts } from '../components/help-contacts.tsx';
import { PageHeading } from '../components/page-heading.tsx';
import { Paragraphs } from '../components/paragraphs.tsx';

interface ThankYouViewProps {
  survey: PublicSurvey;
  alreadySent: boolean;
  focusHeading: boolean;
}

export function ThankYouView({ survey, alreadySent, focusHeading }: ThankYouViewProps) {
  return (
    <>
      <div className="panel panel--confirmation">
        <PageHeading focusOnMount={focusHeading} className="panel__title">
          Your answers have been sent
        </PageHeading>
        <p className="panel__body">{survey.title}</p>
      </div>
      {alreadySent && (
        <p className="inset body">
          We had already received your answers from an earlier attempt. Changes made after that
          attempt were not sent.
        </p>
      )}
      <Paragraphs text={survey.texts.thankYou} />
      <p className="body">
        Your answers have been removed from this device. You can close this page.
      </p>
      <HelpContacts contacts={survey.texts.help} />
    </>
  );
}
