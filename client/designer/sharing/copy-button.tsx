import { useState } from 'react';

async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** Copies a text and says so; if the browser refuses, says how to copy it by hand. */
export function CopyButton({ text, label, what }: { text: string; label: string; what: string }) {
  const [said, setSaid] = useState('');
  return (
    <>
      <button
        type="button"
        className="button button--secondary"
        onClick={async () =>
          setSaid(
            (await copyText(text))
              ? `${what} copied.`
              : `Your browser did not allow copying. Select the ${what.toLowerCase()} and copy it yourself.`,
          )
        }
      >
        {label}
      </button>
      <span className="copy-status" role="status">
        {said}
      </span>
    </>
  );
}
