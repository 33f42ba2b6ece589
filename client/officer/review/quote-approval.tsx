import './review.css';
import { useId, useState } from 'react';
import { approveQuote } from './review-api.ts';

interface QuoteApprovalProps {
  slug: string;
  quoteKey: string;
  approved: boolean;
  /** The whole redacted answer: given, the officer may shorten it before approving. */
  text?: string;
  /** The shortened words already approved, if any. */
  excerpt?: string | null;
}

/** Only approved quotes go into published files; the officer decides one quote at a time. */
export function QuoteApproval({
  slug,
  quoteKey,
  approved: initial,
  text,
  excerpt: initialExcerpt,
}: QuoteApprovalProps) {
  const id = useId();
  const [approved, setApproved] = useState(initial);
  const [excerpt, setExcerpt] = useState(initialExcerpt ?? null);
  const [draft, setDraft] = useState(initialExcerpt ?? text ?? '');
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');

  async function decide(approve: boolean, words?: string) {
    setBusy(true);
    setError('');
    const result = await approveQuote(slug, quoteKey, approve, words);
    setBusy(false);
    if (result.ok) {
      setApproved(approve);
      setExcerpt(approve ? (words ?? null) : null);
      setStatus(approve ? 'Approved for publication.' : 'Approval withdrawn.');
    } else if (result.kind === 'rejected') {
      if (words !== undefined) setError(result.message);
      else setStatus(result.message);
    } else {
      setStatus('The change could not be saved. Try again.');
    }
  }

  const shortened = draft.trim() !== '' && draft.trim() !== text?.trim();

  return (
    <div className="quote-approval">
      {approved && excerpt && (
        <p className="body-s">
          <strong>Published as:</strong> “{excerpt}”
        </p>
      )}
      <strong className={approved ? 'tag tag--green' : 'tag tag--grey'}>
        {approved ? 'Approved' : 'Not approved yet'}
      </strong>{' '}
      <button
        type="button"
        className="button button--secondary"
        onClick={() => decide(!approved)}
        disabled={busy}
      >
        {approved ? 'Withdraw approval' : 'Approve for publication'}
      </button>
      <span role="status" className="body-s">
        {status}
      </span>
      {text !== undefined && (
        <details className="quote-approval__shorten">
          <summary>Shorten this quote</summary>
          <div className={error ? 'form-group form-group--error' : 'form-group'}>
            <label className="form-label" htmlFor={`${id}-words`}>
              Words to publish
            </label>
            <p className="form-hint" id={`${id}-hint`}>
              Delete the words you do not want published. Where you leave words out, type “ … ”
              (three dots). You cannot add or change words.
            </p>
            {error && (
              <p className="form-error" id={`${id}-error`}>
                {error}
              </p>
            )}
            <textarea
              className="form-textarea"
              id={`${id}-words`}
              value={draft}
              aria-describedby={error ? `${id}-hint ${id}-error` : `${id}-hint`}
              onChange={(e) => setDraft(e.currentTarget.value)}
            />
            <button
              type="button"
              className="button"
              onClick={() => decide(true, shortened ? draft : undefined)}
              disabled={busy}
            >
              Approve these words
            </button>
          </div>
        </details>
      )}
    </div>
  );
}
