import type { PublicSurvey } from '../../server/contracts.ts';
import { PageHeading } from '../components/page-heading.tsx';
import { Paragraphs } from '../components/paragraphs.tsx';

interface NoticeViewProps {
  survey: PublicSurvey;
  cleared: boolean;
  focusHeading: boolean;
  onStart(): void;
}

export function NoticeView({ survey, cleared, focusHeading, onStart }: NoticeViewProps) {
  return (
    <>
      <PageHeading focusOnMount={focusHeading}>{survey.title}</PageHeading>
      {cleared && (
        <p className="notification" role="status">
          Your answers have been cleared from this device.
        </p>
      )}
      <h2 className="heading-m">Before you start</h2>
      <div className="notice-text">
        <Paragraphs text={survey.texts.privacyNotice} />
      </div>
      <div className="inset">
        <p className="body">
          Your answers are kept on this device as you go, so you can stop and come back later using
          the same link. They are removed from this device once they are sent.
        </p>
      </div>
      <button type="button" className="button button--start" onClick={onStart}>
        Start
        <svg
          className="button__arrow"
          aria-hidden="true"
          focusable="false"
          viewBox="0 0 33 40"
          width="17.5"
          height="19"
        >
          <path fill="currentColor" d="M0 0h13l20 20-20 20H0l20-20z" />
        </svg>
      </button>
    </>
  );
}
