import { useState } from 'react';
import type { ReceiptLookup } from '../../server/receipt-contracts.ts';
import { Layout } from '../components/layout.tsx';
import { PageHeading } from '../components/page-heading.tsx';
import { lookUpReceipt, type ReceiptProblem, withdrawAnswers } from '../lib/receipt-api.ts';
import { pageTitle } from '../lib/site.ts';
import { ReceiptForm } from './receipt-form.tsx';
import { ReceiptResult } from './receipt-result.tsx';

type View =
  | { name: 'form'; problem?: ReceiptProblem }
  | { name: 'found'; found: ReceiptLookup; confirming: boolean; problem?: ReceiptProblem }
  | { name: 'withdrawn' };

/**
 * /receipt: a parent types the code they were given after sending. The code stays in this
 * page's memory and in POST bodies only, never in the address.
 */
export function ReceiptPage() {
  const [view, setView] = useState<View>({ name: 'form' });
  const [code, setCode] = useState('');
  const [busy, setBusy] = useState(false);

  const lookUp = async (typed: string) => {
    setBusy(true);
    const result = await lookUpReceipt(typed);
    setBusy(false);
    setCode(typed);
    setView(
      result.ok
        ? { name: 'found', found: result.value, confirming: false }
        : { name: 'form', problem: result.problem },
    );
  };

  const withdraw = async (found: ReceiptLookup) => {
    setBusy(true);
    const result = await withdrawAnswers(code);
    setBusy(false);
    if (result.ok) {
      setCode('');
      return setView({ name: 'withdrawn' });
    }
    setView({ name: 'found', found, confirming: true, problem: result.problem });
  };

  if (view.name === 'withdrawn') {
    return (
      <Layout title={pageTitle('Your answers have been taken back')}>
        <div className="panel panel--confirmation">
          <PageHeading focusOnMount className="panel__title">
            Your answers have been taken back
          </PageHeading>
        </div>
        <p className="body">
          Your answers have been deleted. They will not be counted in any report from now on. Your
          receipt code no longer works.
        </p>
      </Layout>
    );
  }
  if (view.name === 'form') {
    return (
      <Layout title={pageTitle(view.problem ? 'Error: your receipt code' : 'Your receipt code')}>
        <PageHeading>Use your receipt code</PageHeading>
        <p className="body">
          With the receipt code you were given after sending your answers, you can see what we are
          doing about what you told us, or take your answers back.
        </p>
        <ReceiptForm busy={busy} problem={view.problem} onLookUp={(c) => void lookUp(c)} />
      </Layout>
    );
  }
  const { found, confirming, problem } = view;
  return (
    <Layout title={pageTitle('Your answers')}>
      <PageHeading focusOnMount>Your answers</PageHeading>
      <ReceiptResult found={found} code={code} />
      <h2 className="heading-m">Take your answers back</h2>
      <p className="body">
        If you take your answers back, they are deleted and left out of every report from now on.
        This cannot be undone.
      </p>
      {problem && (
        <p className="error-message" role="alert">
          Your answers could not be taken back. Please try again.
        </p>
      )}
      {confirming ? (
        <div className="button-group">
          <button
            type="button"
            className="button button--warning"
            aria-disabled={busy}
            onClick={() => !busy && void withdraw(found)}
          >
            Yes, delete my answers
          </button>
          <button
            type="button"
            className="link-button"
            onClick={() => setView({ name: 'found', found, confirming: false })}
          >
            No, keep them
          </button>
        </div>
      ) : (
        <button
          type="button"
          className="button button--secondary"
          onClick={() => setView({ name: 'found', found, confirming: true })}
        >
          Take my answers back
        </button>
      )}
    </Layout>
  );
}
