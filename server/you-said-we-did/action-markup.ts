// One action as the public reads it: what families said (the figure that prompted it, and the same
// figure from a later survey when there is one), what the council is doing, and what has happened.
import { ACTION_STATUS_WORDS } from '../action-contracts.ts';
import { type Html, html } from '../exports/html-escape.ts';
import type { PublicAction, PublicFigure } from './public-view.ts';

// Scripts written right to left; a locale's first subtag is enough to tell.
const RIGHT_TO_LEFT = new Set(['ar', 'ckb', 'dv', 'fa', 'he', 'ks', 'ps', 'sd', 'ug', 'ur', 'yi']);
export const directionOf = (locale: string) =>
  RIGHT_TO_LEFT.has(locale.split('-')[0] ?? '') ? 'rtl' : 'ltr';

export const EASY_READ = 'en-easy';

const whole = (percent: number) => Math.round(percent);

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "8 December 2026" from "2026-12-08". */
export function longDate(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  return `${d} ${MONTHS[(m ?? 1) - 1]} ${y}`;
}

export const dateElement = (day: string) => html`<time datetime="${day}">${longDate(day)}</time>`;

export function figureSentence(prompted: PublicFigure, latest?: PublicFigure): Html {
  const told = html`${whole(prompted.percent)}% of the ${prompted.answered} who ${prompted.wording}.`;
  if (!latest) return html`<p>${told}</p>`;
  return html`<p>${told}</p><p><strong>${whole(prompted.percent)}% then, ${whole(latest.percent)}% now.</strong> The later figure is from “${latest.surveyTitle}”, where ${latest.answered} answered.</p>`;
}

interface Wording {
  title: string;
  description: string;
  /** Set when the wording is not in the page's own language. */
  lang?: string;
}

/** The wording of the action for the locale, or the English one when there is none. */
export function wordingFor(action: PublicAction, locale?: string): Wording {
  const text = locale ? action.texts.get(locale) : undefined;
  if (!text) return { title: action.title, description: action.description };
  return locale === EASY_READ ? text : { ...text, lang: locale };
}

const langAttributes = (lang?: string) =>
  lang ? html` lang="${lang}" dir="${directionOf(lang)}"` : '';

const paragraphs = (text: string) =>
  text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => html`<p>${p}</p>`);

export function actionMarkup(
  action: PublicAction,
  options: { locale?: string; headingLevel: 2 | 3; easyRead?: boolean },
): Html {
  const wording = wordingFor(action, options.locale);
  const level = options.headingLevel;
  const heading = html`<h${level} id="title-${action.id}"${langAttributes(wording.lang)}>${wording.title}</h${level}>`;
  const said = action.prompted
    ? html`<div class="said"><p><strong>${options.easyRead ? 'What you told us' : 'You said'}</strong></p>${figureSentence(action.prompted, action.latest)}</div>`
    : '';
  const updates = action.updates.filter((u) => u.note !== '' || u.status !== null);
  return html`<article class="action" id="action-${action.id}" aria-labelledby="title-${action.id}">
${heading}
<p><span class="status">${ACTION_STATUS_WORDS[action.status]}</span> <span class="meta">Last updated ${dateElement(action.updatedOn)}</span></p>
${said}
<p><strong>${options.easyRead ? 'What we are doing' : action.status === 'done' ? 'We did' : 'What we are doing'}</strong></p>
<div${langAttributes(wording.lang)}>${paragraphs(wording.description)}</div>
${
  updates.length > 0
    ? html`<h${level + 1}>${options.easyRead ? 'What has happened' : 'Updates'}</h${level + 1}>
<ul class="updates">${updates.map(
        (u) =>
          html`<li>${dateElement(u.on)}: ${u.status ? html`<strong>${ACTION_STATUS_WORDS[u.status]}.</strong> ` : ''}${u.note}</li>`,
      )}</ul>`
    : ''
}
</article>`;
}
