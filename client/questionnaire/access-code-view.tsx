import { useId, useState } from 'react';
import { PageHeading } from '../components/page-heading.tsx';
import { useServices } from './services.ts';
import { useUiText } from './ui-text-context.tsx';

export type AccessCodeProblem = 'empty' | 'invalid' | 'busy' | 'failed';

interface AccessCodeViewProps {
  slug: string;
  /** Set when a code given earlier was refused as the answers were sent. */
  problem?: AccessCodeProblem;
  focusHeading: boolean;
  onProblem(problem: AccessCodeProblem | undefined): void;
  onAccepted(code: string): void;
}

/** Asks for the single-use code of a targeted survey, and checks it without using it up. */
export function AccessCodeView(props: AccessCodeViewProps) {
  const { slug, problem, focusHeading, onProblem, onAccepted } = props;
  const t = useUiText();
  const { checkAccessCode } = useServices();
  const inputId = useId();
  const [code, setCode] = useState('');
  const [checking, setChecking] = useState(false);
  const message = problem && t(`code.${problem}`);

  const submit = async () => {
    if (checking) return;
    const typed = code.trim();
    if (!typed) return onProblem('empty');
    setChecking(true);
    const result = await checkAccessCode(slug, typed);
    setChecking(false);
    if (result === 'ok') return onAccepted(typed);
    onProblem(result);
  };

  return (
    <>
      {message && (
        <div className="error-summary" role="alert" aria-labelledby={`${inputId}-summary`}>
          <h2 id={`${inputId}-summary`} className="heading-m">
            {t('error.summary')}
          </h2>
          <ul className="error-list">
            <li>
              <a href={`#${inputId}`}>{message}</a>
            </li>
          </ul>
        </div>
      )}
      <PageHeading focusOnMount={focusHeading}>{t('code.heading')}</PageHeading>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <div className={`form-group${message ? ' form-group--error' : ''}`}>
          <label htmlFor={inputId} className="label">
            {t('code.label')}
          </label>
          <p id={`${inputId}-hint`} className="hint">
            {t('code.hint')}
          </p>
          {message && (
            <p id={`${inputId}-error`} className="error-message">
              <span className="visually-hidden">{t('error.prefix')} </span>
              {message}
            </p>
          )}
          <input
            id={inputId}
            className="input input--code"
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
        {/* Not disabled while checking: a disabled button would drop keyboard focus. */}
        <button type="submit" className="button" aria-disabled={checking}>
          {checking ? t('code.checking') : t('code.continue')}
        </button>
      </form>
      <p className="body">{t('code.anonymous')}</p>
      <p className="body">{t('code.noCode')}</p>
    </>
  );
}
