// Everything parents read, in one language: what is still to do, the questionnaire's wording, the
// page wording and the app's messages, and the preview in that language.
import { type RefObject, useState } from 'react';
import type { DraftState } from '../editor/use-design.ts';
import { type FrameSize, Preview } from '../preview/preview.tsx';
import type { PreviewedSurvey } from '../preview/preview-survey.ts';
import { englishName } from './language-choices.ts';
import { MessageFields } from './message-fields.tsx';
import { missingFields } from './missing.ts';
import { PageWordingFields } from './page-wording-fields.tsx';
import { TranslationList } from './translation-list.tsx';
import { TranslationSummary } from './translation-summary.tsx';

interface LanguageWordingProps {
  draft: DraftState;
  survey: PreviewedSurvey;
  locale: string;
  heading: string;
  headingRef: RefObject<HTMLHeadingElement | null>;
  readOnly: boolean;
  update(change: (draft: DraftState) => DraftState): void;
}

export function LanguageWording(props: LanguageWordingProps) {
  const { draft, survey, locale, heading, headingRef, readOnly, update } = props;
  const [frame, setFrame] = useState<FrameSize>('phone');
  // Fixed when the filter is turned on, so a box does not vanish while it is being filled in.
  const [onlyThese, setOnlyThese] = useState<Set<string> | undefined>();
  const missing = missingFields(draft, locale);
  const missingIds = new Set([...missing.questions, ...missing.page, ...missing.messages]);
  const shown = (id: string) => !onlyThese || onlyThese.has(id);
  const fields = { locale, readOnly, missing: missingIds, shown, update };

  return (
    <section aria-labelledby="language-heading">
      <h3 className="heading-m" id="language-heading" ref={headingRef} tabIndex={-1}>
        {heading}
      </h3>
      <p className="form-hint">
        Leave a box empty to show the English wording. Question names and answer values do not
        change.
      </p>
      <TranslationSummary
        language={englishName(locale)}
        missing={missing}
        onlyMissing={!!onlyThese}
        onOnlyMissing={(only) => setOnlyThese(only ? missingIds : undefined)}
      />
      <TranslationList json={draft.json} title={draft.title} {...fields} />
      <PageWordingFields settings={draft.settings} {...fields} />
      <MessageFields settings={draft.settings} {...fields} />
      <Preview draft={draft} survey={survey} locale={locale} frame={frame} onFrame={setFrame} />
    </section>
  );
}
