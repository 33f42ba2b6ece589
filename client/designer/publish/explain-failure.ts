// Turns a refused request into words the engagement team can act on. The server's own message is
// kept as the fallback: it is already plain English, just not specific to this screen.
import type { Failure } from './publish-api.ts';

export interface Explanation {
  title: string;
  message: string;
  /** Questions or other items the problem is about, one line each. */
  items: string[];
}

function describeDetail(detail: unknown): string | undefined {
  if (typeof detail === 'string') return detail;
  if (typeof detail !== 'object' || detail === null) return undefined;
  const record = detail as Record<string, unknown>;
  if (record.role === 'officer') return 'Still needed: approval by an officer.';
  if (record.role === 'forum') return 'Still needed: approval by a parent carer forum member.';
  const name = [record.question, record.name].find((v) => typeof v === 'string');
  const said = [record.message, record.reason, record.change].find((v) => typeof v === 'string');
  if (name && said) return `${name}: ${said}`;
  return (name ?? said) as string | undefined;
}

export function detailLines(details: unknown[] | undefined): string[] {
  return (details ?? []).flatMap((d) => describeDetail(d) ?? []);
}

export function explainFailure(failure: Failure, doing: string): Explanation {
  switch (failure.kind) {
    case 'signed_out':
      return {
        title: 'You have been signed out',
        message: 'Your session has ended. Reload the page and sign in again, then try once more.',
        items: [],
      };
    case 'forbidden':
      return {
        title: `You cannot ${doing}`,
        message: 'Your account does not allow this. Ask an administrator if you need it.',
        items: [],
      };
    case 'not_found':
      return {
        title: 'This survey no longer exists',
        message: 'Someone may have removed it. Go back to the list of surveys.',
        items: [],
      };
    case 'failed':
      return {
        title: `Could not ${doing}`,
        message: 'Something went wrong. Nothing was changed. Check your connection and try again.',
        items: [],
      };
    case 'rejected':
      return explainRejection(failure.code, failure.message, detailLines(failure.details), doing);
  }
}

function explainRejection(code: string, message: string, items: string[], doing: string) {
  switch (code) {
    case 'breaking_change':
      return {
        title: 'This draft would break answers already given',
        message:
          'You removed or changed the type of a question that an earlier version published. ' +
          'Answers to it could no longer be compared. Put the question back as it was and hide ' +
          'it instead (for example with a "show this question only if" condition that is never met).',
        items,
      };
    case 'approval_required':
      return {
        title: 'This draft needs sign-off first',
        message:
          'This survey needs the draft approved by an officer and by a forum member before it ' +
          'is published. Ask them to open this page and choose "Approve this draft".',
        items,
      };
    case 'not_ready':
      return {
        title: 'This draft has problems to fix first',
        message: 'Fix the problems listed under "Checks before publishing", then try again.',
        items,
      };
    case 'draft_changed':
      return {
        title: 'Someone else changed the draft',
        message: 'Reload the page to see their changes, then try again.',
        items,
      };
    default:
      return { title: `Could not ${doing}`, message, items };
  }
}
