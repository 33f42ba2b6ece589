import type { ErrorDetail } from '../../server/contracts.ts';
import { PageHeading } from '../components/page-heading.tsx';
import { useUiText } from './ui-text-context.tsx';

export function SendingView({ focusHeading }: { focusHeading: boolean }) {
  const t = useUiText();
  return (
    <div role="status" aria-live="polite">
      <PageHeading focusOnMount={focusHeading}>{t('sending.heading')}</PageHeading>
      <p className="body">{t('sending.body')}</p>
    </div>
  );
}

/** Too many answers from the parent's network: they are kept and sent again by themselves. */
export function WaitingView({ focusHeading, seconds }: { focusHeading: boolean; seconds: number }) {
  const t = useUiText();
  return (
    <div role="status" aria-live="polite">
      <PageHeading focusOnMount={focusHeading}>{t('waiting.heading')}</PageHeading>
      <p className="body-l">{t('waiting.body', { seconds })}</p>
      <p className="body">{t('waiting.kept')}</p>
    </div>
  );
}

interface FailedViewProps {
  focusHeading: boolean;
  onRetry(): void;
  onBack(): void;
}

export function FailedView({ focusHeading, onRetry, onBack }: FailedViewProps) {
  const t = useUiText();
  return (
    <>
      <PageHeading focusOnMount={focusHeading}>{t('failed.heading')}</PageHeading>
      <p className="body-l">{t('failed.lead')}</p>
      <p className="body">{t('failed.body')}</p>
      <div className="button-group">
        <button type="button" className="button" onClick={onRetry}>
          {t('failed.retry')}
        </button>
        <button type="button" className="button button--secondary" onClick={onBack}>
          {t('failed.back')}
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
  const t = useUiText();
  return (
    <>
      <PageHeading focusOnMount={focusHeading}>{t('invalid.heading')}</PageHeading>
      <p className="body">{t('invalid.body')}</p>
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
        {t('invalid.back')}
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
  const t = useUiText();
  return (
    <>
      <PageHeading focusOnMount={focusHeading}>{t('rejected.heading')}</PageHeading>
      <p className="body-l">{message}</p>
      <p className="body">{t('rejected.kept')}</p>
      <button type="button" className="button" onClick={onBack}>
        {t('invalid.back')}
      </button>
    </>
  );
}
