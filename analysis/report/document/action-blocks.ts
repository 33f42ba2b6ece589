// "What we will do": the survey's public actions. With none yet the section is left out, as a
// council would rather publish nothing than "no actions".
import type { Report } from '../report-types.ts';
import type { ActionStatus, Block, DocumentContext } from './document-types.ts';
import { list } from './plain-words.ts';

const STATUS: Record<ActionStatus, string> = {
  planned: 'Planned',
  in_progress: 'In progress',
  done: 'Done',
};

export function actionBlocks(report: Report, ctx: DocumentContext): Block[] {
  if (ctx.actions.length === 0) return [];
  const titles = new Map(report.questions.map((q) => [q.name, q.title]));
  const blocks: Block[] = [{ type: 'heading', level: 1, text: 'What we will do' }];
  for (const action of ctx.actions) {
    blocks.push({ type: 'heading', level: 2, text: action.title });
    blocks.push({ type: 'paragraph', text: action.description });
    const about = [
      ...action.themes.map((id) => ctx.themeLabels?.[id] ?? id),
      ...action.questions.map((name) => titles.get(name) ?? name),
    ];
    const linked = about.length ? ` In answer to: ${list(about)}.` : '';
    blocks.push({ type: 'paragraph', text: `Status: ${STATUS[action.status]}.${linked}` });
  }
  return blocks;
}
