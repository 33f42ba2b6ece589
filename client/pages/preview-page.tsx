// The designer's preview: the parent's own questionnaire page, shown in a frame of the designer
// (same origin only, see server/security-headers.ts). The draft arrives by postMessage; answers
// stay in memory and nothing is ever sent.
import { Component, type ReactNode, useCallback, useEffect, useMemo, useState } from 'react';
import { Layout } from '../components/layout.tsx';
import { PageHeading } from '../components/page-heading.tsx';
import {
  type PreviewDraft,
  type PreviewReport,
  type PreviewScreen,
  previewDraftSchema,
  trustedData,
} from '../lib/preview-messages.ts';
import { pageTitle } from '../lib/site.ts';
import type { FlowView } from '../questionnaire/flow-view.ts';
import { OpenSurvey } from '../questionnaire/open-survey.tsx';
import { previewServices, ServicesContext } from '../questionnaire/services.ts';

const SCREEN_OF: Partial<Record<FlowView['name'], PreviewScreen>> = {
  notice: 'notice',
  access_code: 'notice',
  questionnaire: 'questionnaire',
  sending: 'questionnaire',
  sent: 'sent',
};

function report(message: PreviewReport) {
  window.parent.postMessage(message, window.location.origin);
}

function Waiting({ text }: { text: string }) {
  return (
    <Layout title={pageTitle('Preview')}>
      <PageHeading className="visually-hidden">Preview</PageHeading>
      <p className="body">{text}</p>
    </Layout>
  );
}

/** A definition survey-core cannot show must not leave the frame blank. */
class Broken extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override render() {
    return this.state.failed ? (
      <Waiting text="The preview cannot show this questionnaire. Check the Advanced JSON view for problems." />
    ) : (
      this.props.children
    );
  }
}

export default function PreviewPage() {
  const framed = window.parent !== window;
  const [draft, setDraft] = useState<PreviewDraft | undefined>();
  const services = useMemo(previewServices, []);

  useEffect(() => {
    if (!framed) return;
    const onMessage = (event: MessageEvent) => {
      const parsed = previewDraftSchema.safeParse(trustedData(event, window.parent));
      if (parsed.success) setDraft(parsed.data);
    };
    window.addEventListener('message', onMessage);
    report({ type: 'send-voice:preview-ready' });
    return () => window.removeEventListener('message', onMessage);
  }, [framed]);

  const onView = useCallback((view: FlowView['name']) => {
    const screen = SCREEN_OF[view];
    if (screen) report({ type: 'send-voice:preview-screen', screen });
  }, []);

  if (!framed)
    return <Waiting text="This page shows the preview inside the questionnaire designer." />;
  if (!draft) return <Waiting text="Loading the preview…" />;
  return (
    <ServicesContext.Provider value={services}>
      <Broken key={draft.run}>
        <OpenSurvey
          key={draft.run}
          survey={draft.survey}
          start={{ view: draft.screen, locale: draft.locale }}
          onView={onView}
        />
      </Broken>
    </ServicesContext.Provider>
  );
}
