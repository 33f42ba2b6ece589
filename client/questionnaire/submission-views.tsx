import type { ErrorDetail } from '../../server/contracts.ts';
import { PageHeading } from '../components/page-heading.tsx';

export function SendingView({ focusHeading }: { focusHeading: boolean }) {
  return (
    <div role="status" aria-live="polite">
      <PageHeading focusOnMount={focusHeading}>Sending your answers…</PageHeading>
      <p className="body">Please keep this page open. It usually takes a few seconds.</p>
    </div>
  );
}

interface FailedViewProps {
  focusHeading: boolean;
  onRetry(): void;
  onBack(): void;
}

export function FailedView({ focusHeading, onRetry, onBack }: FailedViewProps) {
  return (
    <>
      <PageHeading focusOnMount={focusHeading}>Sorry, your answers have not been sent</PageHeading>
      <p className="body-l">
        This might be a problem with your internet connection, or with our website.
      </p>
      <p className="body">
        Your answers are still saved on this device. Check you are connected to the internet, then
        try again. If you try again and we did get them the first time, we will only count them
        once.
      </p>
      <div className="button-group">
        <button type="button" className="button" onClick={onRetry}>
          Try again
        </button>
        <button type="button" className="button button--secondary" onClick={onBack}>
          Go back to your answers
        </button>
      </div>
    </>
  );
}

interface InvalidViewProps {
  focusHeading: boolean;
  details: ErrorDetail[];
  titleOf(question: string): string | undefined;
  onBack(): void;
}

export function InvalidView({ focusHeading, details, titleOf, onBack }: InvalidViewProps) {
  return (
    <>
      <PageHeading focusOnMount={focusHeading}>Some answers need to be checked</PageHeading>
      <p className="body">Your answers have not been sent yet. Please check:</p>
      <ul className="error-list">
        {details.map((detail) => {
          const title = titleOf(detail.question);
          return (
            <li key={`${detail.question}:${detail.message}`}>
              {title && <strong className="error-list__question">{title}</strong>}
              {detail.message}
            </li>
          );
        })}
      </ul>
      <button type="button" className="button" onClick={onBack}>
        Go back to the questionnaire
      </button>
    </>
  );
}

interface RejectedViewProps {
  focusHeading: boolean;
  message: string;
  onBack(): void;
}

export function RejectedView({ focusHeading, message, onBack }: RejectedViewProps) {
  return (
    <>
      <PageHeading focusOnMount={focusHeading}>Your answers have not been sent</PageHeading>
      <p className="body-l">{message}</p>
      <p className="body">Your answers are still saved on this device.</p>
      <button type="button" className="button" onClick={onBack}>
        Go back to the questionnaire
      </button>
    </>
  );
}
