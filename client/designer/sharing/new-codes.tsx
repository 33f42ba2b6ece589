import { useEffect, useRef } from 'react';

/** Prints only the list of codes, not the rest of the page. */
function printCodes() {
  document.body.classList.add('printing-codes');
  window.print();
  document.body.classList.remove('printing-codes');
}

/** A new batch of codes, shown this once: the server keeps only their hashes. */
export function NewCodes({ slug, codes }: { slug: string; codes: string[] }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, []);
  const file = `data:text/plain;charset=utf-8,${encodeURIComponent(`${codes.join('\n')}\n`)}`;
  return (
    <div className="code-sheet">
      <h4 className="heading-s" tabIndex={-1} ref={heading}>
        {codes.length === 1 ? 'Your new code' : `Your ${codes.length} new codes`}
      </h4>
      <p className="body designer-print-hide">
        <strong>These codes are shown only once.</strong> Print them or download them now: they
        cannot be shown again. Hand one to each person; each works for one set of answers.
      </p>
      <ul className="code-list" aria-label="New access codes">
        {codes.map((code) => (
          <li key={code}>{code}</li>
        ))}
      </ul>
      <div className="button-group designer-print-hide">
        <button type="button" className="button button--secondary" onClick={printCodes}>
          Print the codes
        </button>
        <a className="body" href={file} download={`${slug}-access-codes.txt`}>
          Download the codes as a text file
        </a>
      </div>
    </div>
  );
}
