// "Are you sure?" next to the button that asked, as in the rest of the designer: the question is
// read out with its answer buttons, focus moves to "yes", and Escape means "no".
import { type ReactNode, useEffect, useRef } from 'react';

interface ConfirmInlineProps {
  /** Read by screen readers as the group's name, e.g. "Delete page 2?". */
  legend: string;
  children: ReactNode;
  yes: string;
  no: string;
  busy?: boolean;
  onYes(): void;
  onNo(): void;
}

export function ConfirmInline({
  legend,
  children,
  yes,
  no,
  busy,
  onYes,
  onNo,
}: ConfirmInlineProps) {
  const yesButton = useRef<HTMLButtonElement>(null);
  useEffect(() => yesButton.current?.focus(), []);
  return (
    <fieldset
      className="confirm-inline"
      onKeyDown={(e) => {
        if (e.key === 'Escape') onNo();
      }}
    >
      <legend className="visually-hidden">{legend}</legend>
      {children}
      <div className="button-row">
        <button
          ref={yesButton}
          type="button"
          className="small-button small-button--warning"
          disabled={busy}
          onClick={onYes}
        >
          {yes}
        </button>
        <button type="button" className="small-button" disabled={busy} onClick={onNo}>
          {no}
        </button>
      </div>
    </fieldset>
  );
}
