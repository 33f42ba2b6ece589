// How to write the words and phrases of a theme, next to the lists: the same rules the tagger
// follows (analysis/tagger/term-patterns.ts and the README's "Codebooks").
export function KeywordHelp({ id }: { id: string }) {
  return (
    <div className="inset keyword-help" id={id}>
      <p className="body">
        <strong>How to write words and phrases</strong> (one per line, capitals do not matter):
      </p>
      <ul className="list">
        <li>
          <code className="code">wait</code> also finds other forms of the word: waits, waited,
          waiting.
        </li>
        <li>
          <code className="code">therap*</code> finds any word that starts with “therap”: therapy,
          therapist. Put at least 3 letters before the *.
        </li>
        <li>
          <code className="code">"ot"</code> in double quotes finds only that exact word, so not
          “other”. Quote one word at a time.
        </li>
        <li>
          <code className="code">call * back</code>: a * on its own stands for any one word, so this
          finds “call me back”.
        </li>
        <li>
          <code className="code">took # months</code>: a # on its own stands for a number, so this
          finds “took 18 months” and “took three months”.
        </li>
      </ul>
    </div>
  );
}
