// Finding a survey as the public sees it: drafts do not exist, and the version is compiled.
import { findSurveyVersionRef, findVersionById, type SurveyRow } from '../db/surveys-repository.ts';
import type { AppDeps } from './app-deps.ts';
import { availabilityOf } from './availability.ts';
import type { Availability, PublicSurvey } from './contracts.ts';
import { AppError } from './errors.ts';
import { surveyCoreWording } from './survey-core-wording.ts';
import type { CompiledVersion } from './survey-model/compiled-version.ts';

export interface PublicSurveyVersion {
  survey: SurveyRow;
  version: CompiledVersion;
  availability: Availability;
}

export const surveyNotFound = () =>
  new AppError(404, 'survey_not_found', 'There is no survey at this address.');

export async function loadPublicSurvey(
  deps: AppDeps,
  slug: string,
  version?: number,
): Promise<PublicSurveyVersion> {
  const ref = await findSurveyVersionRef(deps.db, slug, version);
  if (!ref || ref.survey.status === 'draft' || !ref.survey.current_version_id) {
    throw surveyNotFound();
  }
  if (!ref.versionId) {
    throw new AppError(
      400,
      'unknown_version',
      `Version ${version} of this survey does not exist. Reload the page to get the current one.`,
    );
  }
  const compiled = await deps.versions.get(ref.versionId, (id) => findVersionById(deps.db, id));
  if (!compiled) throw surveyNotFound();
  return {
    survey: ref.survey,
    version: compiled,
    availability: availabilityOf(ref.survey, compiled.unavailableReason, deps.now()),
  };
}

/** Whether answering needs a single-use access code (set per survey by the designers). */
export const requiresAccessCode = (survey: SurveyRow) => survey.access_codes_required === 1;

// Finding the locales walks every localizable string; versions never change, so once each.
const localesOf = new WeakMap<CompiledVersion, string[]>();

function usedLocales(version: CompiledVersion): string[] {
  let locales = localesOf.get(version);
  if (!locales) {
    locales = version.model.getUsedLocales();
    localesOf.set(version, locales);
  }
  return locales;
}

const wordedLocaleTexts = new WeakMap<CompiledVersion, PublicSurvey['localeTexts']>();

/**
 * The survey's texts per language, with survey-core's own wording of its buttons and messages in
 * each language the survey offers, where survey-core has it; the survey's own `ui` texts win.
 */
function localeTextsOf(version: CompiledVersion): PublicSurvey['localeTexts'] {
  let texts = wordedLocaleTexts.get(version);
  if (!texts) {
    texts = { ...version.settings.localeTexts };
    for (const locale of usedLocales(version)) {
      const core = surveyCoreWording(locale);
      if (Object.keys(core).length === 0) continue;
      const own = texts[locale] ?? {};
      texts[locale] = { ...own, ui: { ...core, ...own.ui } };
    }
    wordedLocaleTexts.set(version, texts);
  }
  return texts;
}

/** The survey as the parent's page receives it. */
export function publicSurveyBody({ survey, version, availability }: PublicSurveyVersion) {
  const body: PublicSurvey = {
    slug: survey.slug,
    title: survey.title,
    status: survey.status as PublicSurvey['status'],
    opensAt: survey.opens_at,
    closesAt: survey.closes_at,
    version: version.version,
    json: version.json,
    availability,
    ...(availability === 'unavailable' ? { unavailableReason: version.unavailableReason } : {}),
    texts: version.texts,
    locales: usedLocales(version),
    localeTexts: localeTextsOf(version),
    accessCodeRequired: requiresAccessCode(survey),
  };
  return body;
}
