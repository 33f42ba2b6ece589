/** Text written by the engagement team, with blank lines between paragraphs. */
export function Paragraphs({ text, className }: { text: string; className?: string }) {
  const paragraphs = text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  return (
    <>
      {paragraphs.map((paragraph, index) => (
        // The text is fixed for the life of the page, so the index is a stable key.
        // biome-ignore lint/suspicious/noArrayIndexKey: see above
        <p key={index} className={className ?? 'body preserve-lines'}>
          {paragraph}
        </p>
      ))}
    </>
  );
}
