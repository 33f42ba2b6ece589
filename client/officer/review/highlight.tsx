// What someone wrote, with the words the analysis relied on marked. Built from text nodes and
// <mark> elements only, so nothing a parent typed can ever be read as markup.

const escapeRegExp = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Splits text into plain and matched pieces, case-insensitively, longest evidence first. */
export function splitOnEvidence(text: string, evidence: string[]) {
  const words = [...new Set(evidence.map((e) => e.trim()).filter(Boolean))].sort(
    (a, b) => b.length - a.length,
  );
  if (words.length === 0) return [{ text, marked: false }];
  const pattern = new RegExp(`(${words.map(escapeRegExp).join('|')})`, 'gi');
  // With one capturing group, split puts the matches at the odd indexes.
  return text
    .split(pattern)
    .map((piece, i) => ({ text: piece, marked: i % 2 === 1 }))
    .filter((piece) => piece.text !== '');
}

export function Highlighted({ text, evidence }: { text: string; evidence: string[] }) {
  return (
    <>
      {splitOnEvidence(text, evidence).map((piece, i) =>
        piece.marked ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: the pieces never reorder.
          <mark key={i}>{piece.text}</mark>
        ) : (
          piece.text
        ),
      )}
    </>
  );
}
