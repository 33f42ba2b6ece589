import type { SurveyTexts } from '../../server/contracts.ts';
import { HelpContacts } from '../components/help-contacts.tsx';
import { PageHeading } from '../components/page-heading.tsx';
import { Paragraphs } from '../components/paragraphs.tsx';
import { useUiText } from './ui-text-context.tsx';

interface ThankYouViewProps {
  title: string;
  texts: SurveyTexts;
  alreadySent: boolean;
  focusHeading: boolean;
}

export function ThankYouView({ title, texts, alreadySent, focusHeading }: ThankYouViewProps) {
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
