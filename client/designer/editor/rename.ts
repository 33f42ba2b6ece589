import type { DesignSettings } from '../../../server/designer-contracts.ts';
import { type Json, type Position, renameReferences, updateQuestion } from './survey-json.ts';

/** Renames a question and everything that refers to it: conditions and the version settings. */
export function renameQuestion(
  json: Json,
  settings: DesignSettings,
  at: Position,
  from: string,
  to: string,
): { json: Json; settings: DesignSettings } {
  const nextJson = renameReferences(updateQuestion(json, at, { name: to }), from, to);
  const swap = (name: string) => (name === from ? to : name);
  const positiveOptions = Object.fromEntries(
    Object.entries(settings.positiveOptions).map(([name, values]) => [swap(name), values]),
  );
  const next: DesignSettings = {
    ...settings,
    themedQuestions: settings.themedQuestions.map(swap),
    positiveOptions,
  };
  if (settings.quoteConsentQuestion)
    next.quoteConsentQuestion = swap(settings.quoteConsentQuestion);
  return { json: nextJson, settings: next };
}

/** Drops a deleted question from the version settings. */
export function forgetQuestion(settings: DesignSettings, name: string): DesignSettings {
  const { [name]: _dropped, ...positiveOptions } = settings.positiveOptions;
  const next: DesignSettings = {
    ...settings,
    themedQuestions: settings.themedQuestions.filter((n) => n !== name),
    positiveOptions,
  };
  if (next.quoteConsentQuestion === name) delete next.quoteConsentQuestion;
  return next;
}
