import { useId, useState } from 'react';
import type { ReceiptProblem } from '../lib/receipt-api.ts';
import { isReceiptCode } from '../lib/receipt-code.ts';

const MESSAGES: Record<ReceiptProblem | 'empty', string> = {
  empty: 'Enter your receipt code',
  invalid:
    'This does not look like a receipt code. A receipt code has 20 letters and numbers, in five groups of four, for example K7QM-3TXA-9PLE-W2HD-RC5N.',
  not_found: 'We could not find answers with this receipt code. Check the code and try again.',
  busy: 'Too many codes have been tried from your internet connection. Please wait a minute, then try again.',
  failed: 'Something went wrong. Check you are connected to the internet, then try again.',
};

interface ReceiptFormProps {
  busy: boolean;
  problem?: ReceiptProblem;
  onLookUp(code: string): void;
}

/** The code box. Checked here first, so a mistyped code costs no guess from the rate limit. */
export function ReceiptForm({ busy, problem, onLookUp }: ReceiptFormProps) {
  const inputId = useId();
  const [code, setCode] = useState('');
  const [local, setLocal] = useState<'empty' | 'invalid'>();
  const shown = local ?? problem;
  const message = shown && MESSAGES[shown];

  return (
    <>
      {message && (
        <div className="error-summary" role="alert" aria-labelledby={`${inputId}-summary`}>
          <h2 id={`${inputId}-summary`} className="heading-m">
            There is a problem
          </h2>
          <ul className="error-list">
            <li>
              <a href={`#${inputId}`}>{message}</a>
            </li>
          </ul>
        </div>
      )}
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (busy) return;
          if (!code.trim()) return setLocal('empty');
          if (!isReceiptCode(code)) return setLocal('invalid');
          setLocal(undefined);
          onLookUp(code);
        }}
      >
        <div className={`form-group${message ? ' form-group--error' : ''}`}>
          <label htmlFor={inputId} className="label">
            Receipt code
          </label>
          <p id={`${inputId}-hint`} className="hint">
            You were given it after you sent your answers. It has 20 letters and numbers. Capital
            letters, spaces and dashes do not matter.
          </p>
          {message && (
            <p id={`${inputId}-error`} className="error-message">
              <span className="visually-hidden">Error: </span>
              {message}
            </p>
          )}
          <input
            id={inputId}
            className="input"
            type="text"
            value={code}
            onChange={(event) => setCode(event.target.value)}
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            aria-describedby={`${inputId}-hint${message ? ` ${inputId}-error` : ''}`}
            aria-invalid={message ? true : undefined}
          />
        </div>
        <button type="submit" className="button" aria-disabled={busy}>
          {busy ? 'Looking up your answers…' : 'Look up my answers'}
        </button>
      </form>
    </>
  );
}
