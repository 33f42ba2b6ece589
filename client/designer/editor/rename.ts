// Renames and removals that other parts of the draft refer to: conditions in any expression and
// the version settings (themes, quote consent, the options that count as agreement) follow in
// the same edit, so the draft never points at a question or answer that is gone.
import type { DesignSettings } from '../../../server/designer-contracts.ts';
import { mapExpressions, renameValue, renameVariable } from './expression-references.ts';
import { allNames, type Json, type Position, updateQuestion } from './survey-json.ts';

export interface Draft {
  json: Json;
  settings: DesignSettings;
}

/** Renames a question and everything that refers to it: conditions and the version settings. */
export function renameQuestion(
  json: Json,
  settings: DesignSettings,
  at: Position,
  from: string,
  to: string,
): Draft {
  const renamed = updateQuestion(json, at, { name: to });
  const nextJson = mapExpressions(renamed, (e) => renameVariable(e, from, to));
  const swap = (name: string) => (name === from ? to : name);
  const positiveOptions = Object.fromEntries(
    Object.entries(settings.positiveOptions).map(([name, values]) => [swap(name), values]),
  );
  const next: DesignSettings = {
    ...settings,
    themedQuestions: settings.themedQuestions.map(swap),
    positiveOptions,
  };
  if (settings.unthemedQuestions) next.unthemedQuestions = settings.unthemedQuestions.map(swap);
  if (settings.quoteConsentQuestion)
    next.quoteConsentQuestion = swap(settings.quoteConsentQuestion);
  return { json: nextJson, settings: next };
}

/** Settings that name questions the definition no longer has are dropped: nothing can fix them. */
export function pruneSettings(json: Json, settings: DesignSettings): DesignSettings {
  const names = allNames(json);
  const positiveOptions = Object.fromEntries(
    Object.entries(settings.positiveOptions).filter(([name]) => names.has(name)),
  );
  const next: DesignSettings = {
    ...settings,
    themedQuestions: settings.themedQuestions.filter((n) => names.has(n)),
    positiveOptions,
  };
  if (settings.unthemedQuestions)
    next.unthemedQuestions = settings.unthemedQuestions.filter((n) => names.has(n));
  if (next.quoteConsentQuestion && !names.has(next.quoteConsentQuestion))
    delete next.quoteConsentQuestion;
  return next;
}

export type OptionList = 'choices' | 'rows' | 'columns';

/**
 * A stored value of one of a question's options changed (from → to, both unpublished): the
 * conditions comparing the question with it, and the options counted as agreement, follow.
 * A matrix row is part of the variable ({q.row}); choices and columns are compared values.
 */
export function renameOption(
  draft: Draft,
  question: string,
  list: OptionList,
  from: string,
  to: string,
): Draft {
  const lower = question.toLowerCase();
  const json =
    list === 'rows'
      ? mapExpressions(draft.json, (e) =>
          renameVariable(e, `${question}.${from}`, `${question}.${to}`),
        )
      : mapExpressions(draft.json, (e) =>
          renameValue(
            e,
            (variable) =>
              list === 'choices'
                ? variable.toLowerCase() === lower
                : variable.toLowerCase().startsWith(`${lower}.`),
            from,
            to,
          ),
        );
  const positive = draft.settings.positiveOptions[question];
  if (!positive || list === 'rows') return { json, settings: draft.settings };
  return {
    json,
    settings: {
      ...draft.settings,
      positiveOptions: {
        ...draft.settings.positiveOptions,
        [question]: positive.map((v) => (v === from ? to : v)),
      },
    },
  };
}

/** An option was removed: it no longer counts as agreement (conditions on it are flagged). */
export function forgetOption(settings: DesignSettings, question: string, value: string) {
  const positive = settings.positiveOptions[question];
  if (!positive?.some((v) => String(v) === value)) return settings;
  const { [question]: _old, ...others } = settings.positiveOptions;
  const kept = positive.filter((v) => String(v) !== value);
  return { ...settings, positiveOptions: kept.length ? { ...others, [question]: kept } : others };
}
