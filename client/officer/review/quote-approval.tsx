import './review.css';
import { useState } from 'react';
import { approveQuote } from './review-api.ts';

interface QuoteApprovalProps {
  slug: string;
  quoteKey: string;
  approved: boolean;
}

/** Only approved quotes go into published files; the officer decides one quote at a time. */
export function QuoteApproval({ slug, quoteKey, approved: initial }: QuoteApprovalProps) {
  const [approved, setApproved] = useState(initial);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');

  async function toggle() {
    setBusy(true);
    const result = await approveQuote(slug, quoteKey, !approved);
    setBusy(false);
    if (result.ok) {
      setApproved(!approved);
      setStatus(approved ? 'Approval withdrawn.' : 'Approved for publication.');
    } else if (result.kind === 'rejected') {
      setStatus(result.message);
    } else {
      setStatus('The change could not be saved. Try again.');
    }
  }

  return (
    <div className="quote-approval">
      <strong className={approved ? 'tag tag--green' : 'tag tag--grey'}>
        {approved ? 'Approved' : 'Not approved yet'}
      </strong>{' '}
      <button type="button" className="button button--secondary" onClick={toggle} disabled={busy}>
        {approved ? 'Withdraw approval' : 'Approve for publication'}
      </button>
      <span role="status" className="body-s">
        {status}
      </span>
    </div>
  );
}
