import type { ReactNode } from 'react';
import type { SurveyTexts } from '../../server/contracts.ts';
import { PageHeading } from '../components/page-heading.tsx';
import { Paragraphs } from '../components/paragraphs.tsx';
import { useUiText } from './ui-text-context.tsx';

interface NoticeViewProps {
  title: string;
  texts: SurveyTexts;
  cleared: boolean;
  focusHeading: boolean;
  /** The language list, when the survey has more than one. */
  languages?: ReactNode;
  onStart(): void;
}

export function NoticeView(props: NoticeViewProps) {
  const { title, texts, cleared, focusHeading, languages, onStart } = props;
  const t = useUiText();
  return (
    <>
      <PageHeading focusOnMount={focusHeading}>{title}</PageHeading>
      {languages}
      {cleared && (
        <p className="notification" role="status">
          {t('notice.cleared')}
        </p>
      )}
      <h2 className="heading-m">{t('notice.heading')}</h2>
      <div className="notice-text">
        <Paragraphs text={texts.privacyNotice} />
      </div>
      <p className="body">
        <a href="/privacy">{t('notice.fullPrivacy')}</a>
      </p>
      <div className="inset">
        <p className="body">{t('notice.device')}</p>
      </div>
      <button type="button" className="button button--start" onClick={onStart}>
        {t('start')}
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
