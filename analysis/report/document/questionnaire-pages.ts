// The questionnaire's pages as parents saw them: titles, introductions and the text shown between
// questions (such as the draft vision they commented on), read through survey-core, with their
// bold words and lists.
import { SurveyModel } from 'survey-core';
import type { ReportVersion } from '../input-types.ts';
import type { QuestionnairePage } from './document-types.ts';

/** HTML shown to parents as lines of marked text: bold kept as "**", list items as "- " lines,
 * other tags dropped, entities that matter decoded. */
export function plainText(html: string): string[] {
  return html
    .replace(/<\/(p|li|h[1-6]|div|ul|ol)>|<br\s*\/?>/gi, '\n')
    .replace(/<li[^>]*>/gi, '\n- ')
    .replace(/<\/?(strong|b)(\s[^>]*)?>/gi, '**')
    .replace(/<[^>]*>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&rsquo;/g, '’')
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line !== '');
}

/** The pages of the newest version given (the one whose wording the report uses). */
export function questionnairePages(versions: readonly ReportVersion[]): QuestionnairePage[] {
  const newest = [...versions].sort((a, b) => b.version - a.version)[0];
  if (!newest) return [];
  const model = new SurveyModel(newest.json);
  model.locale = '';
  return model.pages.map((page) => {
    const text = page.description ? plainText(page.description) : [];
    const questions: string[] = [];
    for (const q of page.questions) {
      // Notes shown only to some (visibleIf) are not what every parent read.
      if (q.getType() === 'html') {
        if (!q.visibleIf) text.push(...plainText(String(q.html ?? '')));
      } else questions.push(q.getValueName());
    }
    return { name: page.name, title: page.title || page.name, text, questions };
  });
}
