import { useEffect, useRef, useState } from 'react';

// The page around the panel reloads the survey after a change and may mount the panel afresh
// (publishing replaces the draft). The last notice is kept here for a few seconds so that the
// new panel can still say what just happened.
const KEEP_MS = 10_000;
const kept = new Map<string, { text: string; at: number }>();

/** A notice that outlives one mount of the panel, focused when it appears. */
export function useNotice(slug: string) {
  const [notice, setNotice] = useState<string | undefined>(() => {
    const last = kept.get(slug);
    kept.delete(slug);
    return last && Date.now() - last.at < KEEP_MS ? last.text : undefined;
  });
  const show = (text: string | undefined) => {
    if (text) kept.set(slug, { text, at: Date.now() });
    else kept.delete(slug);
    setNotice(text);
  };
  return [notice, show] as const;
}

export function Notice({ text }: { text: string | undefined }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (text) box.current?.focus();
  }, [text]);
  return (
    <div
      className={text ? 'notification notification--success' : 'visually-hidden'}
      role="status"
      tabIndex={-1}
      ref={box}
    >
      {text && <p className="body">{text}</p>}
    </div>
  );
}
