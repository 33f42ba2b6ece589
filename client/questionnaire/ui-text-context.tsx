import { createContext, useContext } from 'react';
import { type Translate, translator } from '../lib/ui-text.ts';

const english = translator(
  { texts: { privacyNotice: '', thankYou: '', help: [] }, localeTexts: {} },
  'en',
);

/** The wording of the parent's chosen language; English outside a questionnaire. */
export const UiTextContext = createContext<Translate>(english);

export const useUiText = () => useContext(UiTextContext);
