// A plain, high-contrast look for survey-core: white page, no floating panels, the site's font and
// colours. Based on survey-core's "plain light panelless" theme, with every text colour raised to at
// least 4.5:1 on white and borders of form controls to at least 3:1.
import type { ITheme } from 'survey-core';

export const FONT_STACK =
  'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", "Liberation Sans", sans-serif';

const BRAND = '#1d70b8';
const TEXT = '#0b0c0c';
const SECONDARY_TEXT = '#484949';
const BORDER = '#6f777b';

export const surveyTheme: ITheme = {
  themeName: 'send-voice',
  colorPalette: 'light',
  isPanelless: true,
  cssVariables: {
    '--sjs2-layout-component-page-content-area-gap-horizontal':
      'var(--sjs2-spacing-large-horizontal)',
    '--sjs2-layout-component-page-content-area-gap-vertical': 'var(--sjs2-spacing-large-vertical)',
    '--sjs2-layout-component-panel-simple-box-gap-vertical': 'var(--sjs2-spacing-medium-vertical)',
    '--sjs2-layout-component-panel-simple-content-area-padding-horizontal':
      'var(--sjs2-spacing-x000)',
    '--sjs2-layout-component-panel-simple-content-area-padding-top': 'var(--sjs2-spacing-x000)',
    '--sjs2-layout-component-panel-simple-content-area-padding-bottom': 'var(--sjs2-spacing-x000)',
    '--sjs2-radius-component-panel-simple': 'var(--sjs2-radius-x000)',
    '--sjs2-is-panelless': 'true',
    // The page already has margins; without these the questions sit indented from the heading
    // and a wide agree/disagree grid has to scroll sideways.
    '--sjs2-layout-component-page-content-area-padding-horizontal': '0px',
    '--sjs2-layout-component-page-header-padding-horizontal': '0px',
    '--sjs2-layout-component-survey-header-padding-horizontal': '0px',
    '--sjs2-layout-component-survey-footer-padding-horizontal': '0px',
    '--sjs2-typography-font-family-text': FONT_STACK,
    '--sjs2-color-project-brand-600': BRAND,
    '--sjs2-color-project-brand-700': '#185e9a',
    '--sjs2-color-project-brand-800': '#003078',
    '--sjs2-color-utility-surface-survey': 'rgba(255, 255, 255, 1)',
    '--sjs2-color-utility-surface-designer': 'rgba(255, 255, 255, 1)',
    '--sjs2-color-bg-basic-secondary': 'rgba(255, 255, 255, 1)',
    '--sjs2-color-bg-basic-primary-dim': '#f3f2f1',
    '--sjs2-color-bg-basic-secondary-dim': '#f3f2f1',
    '--sjs2-color-bg-neutral-tertiary-dim': 'rgba(255, 255, 255, 1)',
    '--sjs2-color-bg-brand-secondary': 'rgba(29, 112, 184, 0.1)',
    '--sjs2-color-bg-brand-primary-dim': '#003078',
    '--sjs2-color-fg-basic-primary': TEXT,
    '--sjs2-color-fg-basic-secondary': SECONDARY_TEXT,
    '--sjs2-color-fg-basic-tertiary': SECONDARY_TEXT,
    '--sjs2-color-fg-brand-primary': BRAND,
    '--sjs2-color-fg-alert-primary': '#b01f0a',
    '--sjs2-color-border-basic-secondary': BORDER,
    '--sjs2-color-border-basic-secondary-overlay': BORDER,
    '--sjs2-color-component-panel-simple-default-bg': 'transparent',
    '--sjs2-color-component-panel-simple-default-border': 'transparent',
    '--sjs2-border-effect-component-formbox-default': `0px 0px 0px 2px ${BORDER}`,
    '--sjs2-border-effect-surface-default': '0px 0px 0px 1px rgba(0, 0, 0, 0.15)',
    '--sjs2-border-effect-floating-default':
      '0px 0px 0px 1px rgba(0, 0, 0, 0.1), 0px 8px 16px 0px rgba(0, 0, 0, 0.05)',
  },
};
