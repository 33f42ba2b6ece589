// The app's own messages a survey may reword, grouped by the screen parents meet them on. Typed
// against every message id, so a message added to the app must be placed here too; null marks
// the few shown before any survey is known (loading, not found), which no survey can reword.
import type { UiTextId } from '../../lib/ui-text.ts';

export type UiTextGroup =
  | 'notice'
  | 'code'
  | 'questions'
  | 'sending'
  | 'thanks'
  | 'status'
  | 'site';

const GROUP_OF: Record<UiTextId, UiTextGroup | null> = {
  'notice.heading': 'notice',
  'notice.cleared': 'notice',
  'notice.device': 'notice',
  start: 'notice',
  'language.label': 'notice',
  'language.change': 'notice',
  'code.heading': 'code',
  'code.hint': 'code',
  'code.label': 'code',
  'code.continue': 'code',
  'code.checking': 'code',
  'code.empty': 'code',
  'code.invalid': 'code',
  'code.failed': 'code',
  'code.busy': 'code',
  'code.noCode': 'code',
  'code.anonymous': 'code',
  'error.prefix': 'questions',
  'error.summary': 'questions',
  'questions.loading': 'questions',
  'questions.previous': 'questions',
  'questions.next': 'questions',
  'questions.complete': 'questions',
  'questions.progress': 'questions',
  'questions.progressChanged': 'questions',
  'questions.select': 'questions',
  'questions.required': 'questions',
  'questions.otherRequired': 'questions',
  'questions.tooLong': 'questions',
  'questions.failed.heading': 'questions',
  'questions.failed.body': 'questions',
  'questions.reload': 'questions',
  'welcomeBack.body': 'questions',
  'welcomeBack.startAgain': 'questions',
  'welcomeBack.confirm': 'questions',
  'welcomeBack.cannotUndo': 'questions',
  'welcomeBack.yes': 'questions',
  'welcomeBack.no': 'questions',
  'sending.heading': 'sending',
  'sending.body': 'sending',
  'failed.heading': 'sending',
  'failed.lead': 'sending',
  'failed.body': 'sending',
  'failed.retry': 'sending',
  'failed.back': 'sending',
  'waiting.heading': 'sending',
  'waiting.body': 'sending',
  'waiting.kept': 'sending',
  'invalid.heading': 'sending',
  'invalid.body': 'sending',
  'invalid.back': 'sending',
  'rejected.heading': 'sending',
  'rejected.kept': 'sending',
  'rejected.tooLarge': 'sending',
  'sent.heading': 'thanks',
  'sent.alreadySent': 'thanks',
  'sent.removed': 'thanks',
  'help.heading': 'thanks',
  'help.intro': 'thanks',
  'help.website': 'thanks',
  'help.phone': 'thanks',
  'status.notYetOpen.heading': 'status',
  'status.notYetOpen.opens': 'status',
  'status.notYetOpen.comeBack': 'status',
  'status.notYetOpen.later': 'status',
  'status.closed.heading': 'status',
  'status.closed.lead': 'status',
  'status.closed.leadOn': 'status',
  'status.closed.body': 'status',
  'status.unavailable.heading': 'status',
  'status.unavailable.lead': 'status',
  'status.unavailable.body': 'status',
  'status.otherSurveys': 'status',
  'notFound.heading': null,
  'notFound.lead': null,
  'notFound.body': null,
  'notFound.link': null,
  'pageNotFound.heading': null,
  'pageNotFound.typed': null,
  'pageNotFound.link': null,
  'pageNotFound.home': null,
  'load.heading': null,
  'load.body': null,
  'loadFailed.heading': null,
  'loadFailed.lead': null,
  'loadFailed.body': null,
  'loadFailed.retry': null,
  'site.skip': 'site',
  'site.tagline': 'site',
  'site.supportLinks': 'site',
  'site.accessibility': 'site',
  'site.home': 'site',
  'site.anonymous': 'site',
  'title.page': 'questions',
  'title.sending': 'sending',
  'title.waiting': 'sending',
  'title.invalid': 'sending',
  'title.failed': 'sending',
  'title.codeError': 'code',
  'title.notFound': null,
  'title.loadFailed': null,
};

export const UI_TEXT_GROUPS: { key: UiTextGroup; label: string }[] = [
  { key: 'notice', label: 'Before you start' },
  { key: 'code', label: 'Access code' },
  { key: 'questions', label: 'Questions' },
  { key: 'sending', label: 'Sending the answers' },
  { key: 'thanks', label: 'Thank you and help' },
  { key: 'status', label: 'Not open yet, closed or not available' },
  { key: 'site', label: 'Header and footer' },
];

/** Every message a survey may reword, in the order of the groups above. */
export const UI_TEXT_IDS = UI_TEXT_GROUPS.flatMap(({ key }) => idsOf(key));

export function idsOf(group: UiTextGroup): UiTextId[] {
  return (Object.keys(GROUP_OF) as UiTextId[]).filter((id) => GROUP_OF[id] === group);
}
