// One question in the list: a summary with its buttons, and the full editor when opened.
import { useRef, useState } from 'react';
import { parseExpression } from './conditions.ts';
import { ConfirmInline } from './confirm-inline.tsx';
import { QuestionEditor, type QuestionEditorProps } from './question-editor.tsx';
import { kindLabel } from './question-kinds.ts';
import { allNames, text } from './survey-json.ts';

interface QuestionCardProps extends QuestionEditorProps {
  cardKey: string;
  number: number;
  first: boolean;
  last: boolean;
  open: boolean;
  onToggle(): void;
  onMove(delta: -1 | 1): void;
  onDuplicate(): void;
  onDelete(): void;
}

const plainText = (html: string) =>
  html
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** The start of a long text, cut at a word and marked as cut. */
function shortened(words: string, max = 80): string {
  if (words.length <= max) return words;
  const cut = words.slice(0, max);
  return `${cut.slice(0, cut.lastIndexOf(' ') > 40 ? cut.lastIndexOf(' ') : max)}…`;
}

export function QuestionCard(props: QuestionCardProps) {
  const { element: q, cardKey, number, first, last, open, readOnly, published, settings } = props;
  const [confirming, setConfirming] = useState(false);
  const deleteButton = useRef<HTMLButtonElement>(null);
  const isText = q.type === 'html';
  const title = isText
    ? `Text for parents: ${shortened(plainText(text(q, 'html'))) || q.name}`
    : text(q, 'title') || q.name;
  const label = isText ? `text block "${q.name}"` : `question ${number}`;
  // A panel holding a published question is as fixed as the question.
  const locked = [...allNames(q)].some((name) => published.names.has(name));
  const condition = text(q, 'visibleIf');
  const source = condition ? parseExpression(condition)?.question : undefined;
  const facts = [
    kindLabel(q.type),
    isText ? undefined : q.isRequired === true ? 'Must be answered' : 'Optional',
    condition
      ? `Shown only if a condition is met${source ? ` (about "${source}")` : ''}`
      : undefined,
    q.visible === false ? 'Hidden from parents' : undefined,
    settings.themedQuestions.includes(q.name) ? 'Themes found' : undefined,
    settings.quoteConsentQuestion === q.name ? 'Asks permission to quote' : undefined,
    locked ? 'Published' : undefined,
  ].filter(Boolean);
  const hidden = <span className="visually-hidden">: {label}</span>;

  return (
    <li className={open ? 'question-card question-card--open' : 'question-card'} data-key={cardKey}>
      <div className="question-card__summary">
        <h4 className="heading-s question-card__title">
          {!isText && <span className="question-card__number">{number}.</span>} {title}
        </h4>
        <p className="body-s question-card__facts">{facts.join(' · ')}</p>
        <div className="button-row">
          <button
            type="button"
            className="small-button"
            data-action="edit"
            aria-expanded={open}
            onClick={props.onToggle}
          >
            {open ? 'Close' : readOnly ? 'Show details' : 'Edit'}
            {hidden}
          </button>
          {!readOnly && (
            <>
              <button
                type="button"
                className="small-button"
                data-action="up"
                disabled={first}
                onClick={() => props.onMove(-1)}
              >
                Move up{hidden}
              </button>
              <button
                type="button"
                className="small-button"
                data-action="down"
                disabled={last}
                onClick={() => props.onMove(1)}
              >
                Move down{hidden}
              </button>
              <button type="button" className="small-button" onClick={props.onDuplicate}>
                Duplicate{hidden}
              </button>
              {!locked && (
                <button
                  ref={deleteButton}
                  type="button"
                  className="small-button small-button--warning"
                  aria-expanded={confirming}
                  onClick={() => setConfirming(true)}
                >
                  Delete{hidden}
                </button>
              )}
            </>
          )}
        </div>
        {locked && !readOnly && (
          <p className="form-hint form-hint--s">
            Published questions cannot be deleted, so that answers already given stay in reports.
            Hide it from parents instead.
          </p>
        )}
        {confirming && (
          <ConfirmInline
            legend={`Delete ${label}?`}
            yes="Yes, delete it"
            no="No, keep it"
            onYes={props.onDelete}
            onNo={() => {
              setConfirming(false);
              requestAnimationFrame(() => deleteButton.current?.focus());
            }}
          >
            <p className="body">
              Delete "{title}"? Its settings (themes, quote permission, agreement) go too.
            </p>
          </ConfirmInline>
        )}
      </div>
      {open && <QuestionEditor {...props} />}
    </li>
  );
}
