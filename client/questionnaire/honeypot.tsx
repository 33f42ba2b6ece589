import { type RefObject, useEffect } from 'react';

/**
 * A field no person sees, hears or reaches with the keyboard; programs that fill in every field
 * they find fill this one too, and the server quietly discards their answers. It is off-screen,
 * hidden from screen readers, out of the tab order and never autofilled.
 */
export function Honeypot({
  inputRef,
  lastValue,
}: {
  inputRef: RefObject<HTMLInputElement | null>;
  /** What it held when it was last on the page, for answers sent again from another view. */
  lastValue: { current: string };
}) {
  useEffect(() => {
    const input = inputRef.current;
    return () => {
      if (input) lastValue.current = input.value;
    };
  }, [inputRef, lastValue]);
  return (
    <div className="honeypot" aria-hidden="true">
      <label htmlFor="send-voice-website">Website</label>
      <input
        ref={inputRef}
        id="send-voice-website"
        name="website"
        type="text"
        tabIndex={-1}
        autoComplete="off"
        defaultValue=""
      />
    </div>
  );
}
