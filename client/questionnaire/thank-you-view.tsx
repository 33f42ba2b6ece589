import type { SurveyTexts } from '../../server/contracts.ts';
import { HelpContacts } from '../components/help-contacts.tsx';
import { PageHeading } from '../components/page-heading.tsx';
import { Paragraphs } from '../components/paragraphs.tsx';
import { ReceiptPanel } from './receipt-panel.tsx';
import { useUiText } from './ui-text-context.tsx';

interface ThankYouViewProps {
  title: string;
  texts: SurveyTexts;
  alreadySent: boolean;
  focusHeading: boolean;
  /** The receipt code sent with the answers; none in the designer's preview. */
  receipt?: string;
  /** The answers were linked to the parent's answers to the previous survey. */
  linked?: boolean;
}

export function ThankYouView(props: ThankYouViewProps) {
  const { title, texts, alreadySent, focusHeading, receipt, linked } = props;
  const t = useUiText();
  return (
    <>
      <div className="panel panel--confirmation">
        <PageHeading focusOnMount={focusHeading} className="panel__title">
          {t('sent.heading')}
        </PageHeading>
        <p className="panel__body">{title}</p>
      </div>
      {alreadySent && <p className="inset body">{t('sent.alreadySent')}</p>}
      <Paragraphs text={texts.thankYou} />
      {linked && <p className="body">{t('receipt.linked')}</p>}
      {receipt && <ReceiptPanel code={receipt} title={title} />}
      <p className="body">{t('sent.removed')}</p>
      <HelpContacts
        contacts={texts.help}
        wording={{
          heading: t('help.heading'),
          intro: t('help.intro'),
          website: t('help.website'),
          phone: t('help.phone'),
        }}
      />
    </>
  );
}
