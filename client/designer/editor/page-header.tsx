// A page's heading and its buttons. Deleting a page that has questions asks first, saying how
// many questions go with it.
import { useRef, useState } from 'react';
import { ConfirmInline } from './confirm-inline.tsx';
import { type Json, text } from './survey-json.ts';

interface PageHeaderProps {
  index: number;
  node: Json;
  questions: number;
  last: boolean;
  readOnly: boolean;
  /** False when the page holds a published question: it must stay so answers stay in reports. */
  deletable: boolean;
  onMove(delta: -1 | 1): void;
  onDuplicate(): void;
  onDelete(): void;
}

export function PageHeader(props: PageHeaderProps) {
  const { index: p, node, questions, readOnly } = props;
  const [confirming, setConfirming] = useState(false);
  const deleteButton = useRef<HTMLButtonElement>(null);
  const title = text(node, 'title');
  const label = `page ${p + 1}`;
  const keep = () => {
    setConfirming(false);
    requestAnimationFrame(() => deleteButton.current?.focus());
  };
  return (
    <div className="page-block__header">
      <h3 className="heading-m" id={`page-${p}-heading`} tabIndex={-1}>
        Page {p + 1}
        {title ? `: ${title}` : ''}
      </h3>
      {!readOnly && (
        <div className="button-row">
          <button
            type="button"
            className="small-button"
            disabled={p === 0}
            onClick={() => props.onMove(-1)}
          >
            Move page up<span className="visually-hidden"> (page {p + 1})</span>
          </button>
          <button
            type="button"
            className="small-button"
            disabled={props.last}
            onClick={() => props.onMove(1)}
          >
            Move page down<span className="visually-hidden"> (page {p + 1})</span>
          </button>
          <button type="button" className="small-button" onClick={props.onDuplicate}>
            Duplicate page<span className="visually-hidden"> {p + 1}</span>
          </button>
          {props.deletable && (
            <button
              ref={deleteButton}
              type="button"
              className="small-button small-button--warning"
              aria-expanded={questions > 0 ? confirming : undefined}
              onClick={() => (questions > 0 ? setConfirming(true) : props.onDelete())}
            >
              Delete page<span className="visually-hidden"> {p + 1}</span>
            </button>
          )}
        </div>
      )}
      {confirming && (
        <ConfirmInline
          legend={`Delete ${label}?`}
          yes="Yes, delete the page"
          no="No, keep it"
          onYes={props.onDelete}
          onNo={keep}
        >
          <p className="body">
            Delete {label}
            {title ? ` ("${title}")` : ''} and the{' '}
            {questions === 1 ? 'question' : `${questions} questions`} on it? Their settings (themes,
            quote permission, agreement) go too.
          </p>
        </ConfirmInline>
      )}
    </div>
  );
}
