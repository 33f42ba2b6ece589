// The messages between the designer and its preview frame (/preview, a page of the parent's own
// bundle). Both sides accept a message only from the other window and the same origin, and only
// in these shapes; anything else (a browser extension, axe's own frame messages) is ignored.
import { z } from 'zod';
import { publicSurveySchema } from '../../server/contracts.ts';

export const PREVIEW_PATH = '/preview';

export const previewScreenSchema = z.enum(['notice', 'questionnaire', 'sent']);
export type PreviewScreen = z.infer<typeof previewScreenSchema>;

/** Designer → frame: the draft as parents would get it, and where to start. */
export const previewDraftSchema = z
  .object({
    type: z.literal('send-voice:preview-draft'),
    survey: publicSurveySchema,
    screen: previewScreenSchema,
    /** A language to show, as the Languages tab does; otherwise the parent's own choice. */
    locale: z.string().optional(),
    /** Changes when the preview should start again at `screen`; a new draft alone keeps the place. */
    run: z.string(),
  })
  .strict();
export type PreviewDraft = z.infer<typeof previewDraftSchema>;

/** Frame → designer: ready for a draft, and which screen it shows now. */
export const previewReportSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('send-voice:preview-ready') }).strict(),
  z.object({ type: z.literal('send-voice:preview-screen'), screen: previewScreenSchema }).strict(),
]);
export type PreviewReport = z.infer<typeof previewReportSchema>;

/** A message event from `from` on this page's own origin, or nothing. */
export function trustedData(event: MessageEvent, from: MessageEventSource | null | undefined) {
  return event.origin === window.location.origin && from && event.source === from
    ? (event.data as unknown)
    : undefined;
}
