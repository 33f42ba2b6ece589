// Finding a survey as the public sees it: drafts do not exist, and the version is compiled.
import { findSurveyVersionRef, findVersionById, type SurveyRow } from '../db/surveys-repository.ts';
import type { AppDeps } from './app-deps.ts';
import { availabilityOf } from './availability.ts';
import type { Availability } from './contracts.ts';
import { AppError } from './errors.ts';
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
