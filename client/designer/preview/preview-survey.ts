// The draft as the parent's page would receive it from GET /api/surveys/<slug> once published:
// the same shape, the same default wording (server/designer-contracts.ts) and the languages its
// definition carries, so the preview frame can show it with the parent's own code.
import type { PublicSurvey } from '../../../server/contracts.ts';
import { DEFAULT_SURVEY_TEXTS } from '../../../server/designer-contracts.ts';
import { DEFAULT_LOCALE } from '../../lib/ui-text.ts';
import type { DraftState } from '../editor/use-design.ts';
import { localesInJson } from '../languages/localizable.ts';

export interface PreviewedSurvey {
  slug: string;
  accessCodesRequired: boolean;
}

/** The draft's languages besides the default. */
export const previewLocales = (json: DraftState['json']) =>
  localesInJson(json).filter((l) => l !== DEFAULT_LOCALE);

/** As the server does for parents: survey-core's wording where the survey's own `ui` has none. */
function withCoreWording(
  localeTexts: PublicSurvey['localeTexts'],
  coreWording: Record<string, Record<string, string>>,
): PublicSurvey['localeTexts'] {
  const texts = { ...localeTexts };
  for (const [locale, core] of Object.entries(coreWording)) {
    if (Object.keys(core).length === 0) continue;
    const own = texts[locale] ?? {};
    texts[locale] = { ...own, ui: { ...core, ...own.ui } };
  }
  return texts;
}

export function previewSurvey(
  draft: Pick<DraftState, 'json' | 'settings' | 'title'>,
  survey: PreviewedSurvey,
  coreWording: Record<string, Record<string, string>> = {},
): PublicSurvey {
  const locales = previewLocales(draft.json);
  return {
    slug: survey.slug,
    title: draft.title,
    status: 'open',
    opensAt: null,
    closesAt: null,
    version: 1,
    json: draft.json,
    availability: 'open',
    texts: { ...DEFAULT_SURVEY_TEXTS, ...draft.settings.texts },
    locales: [DEFAULT_LOCALE, ...locales],
    localeTexts: withCoreWording(draft.settings.localeTexts, coreWording),
    accessCodeRequired: survey.accessCodesRequired,
  };
}
