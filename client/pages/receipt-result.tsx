import { ACTION_STATUS_WORDS } from '../../server/action-contracts.ts';
import type { ReceiptLookup } from '../../server/receipt-contracts.ts';
import { rememberPreviousReceipt } from '../lib/receipt-code.ts';

/** What became of the parent's answers: their themes, and the public actions for those themes. */
export function ReceiptResult({ found, code }: { found: ReceiptLookup; code: string }) {
  return (
    <>
      <p className="body-l">
        Your answers to <strong>{found.survey.title}</strong> have been received and are counted.
      </p>
      <h2 className="heading-m">What you told us about</h2>
      {found.themes.length > 0 ? (
        <>
          <p className="body">Your answers were counted under these themes:</p>
          <ul className="list" data-testid="receipt-themes">
            {found.themes.map((theme) => (
              <li key={theme.id}>{theme.label}</li>
            ))}
          </ul>
        </>
      ) : (
        <p className="body">
          Your written answers have not been sorted into themes yet, or did not match any theme.
          Come back later.
        </p>
      )}
      <h2 className="heading-m">What we are doing</h2>
      {found.actions.length > 0 ? (
        <ul className="list" data-testid="receipt-actions">
          {found.actions.map((action) => (
            <li key={action.title}>
              <strong>{action.title}</strong> ({ACTION_STATUS_WORDS[action.status].toLowerCase()})
              <br />
              {action.description}
            </li>
          ))}
        </ul>
      ) : (
        <p className="body">
          Nothing has been published yet about these themes. Come back later to see what is being
          done.
        </p>
      )}
      {found.next && (
        <>
          <h2 className="heading-m">A new questionnaire</h2>
          <p className="body">
            You can answer {found.next.title}. If you use this link on this device, your new answers
            will be linked to these ones, so we can see how views have changed. Nobody will know
            they are yours.
          </p>
          <p className="body">
            <a
              href={`/s/${found.next.slug}`}
              onClick={() => rememberPreviousReceipt(found.next?.slug ?? '', code)}
            >
              Answer {found.next.title}, linked to these answers
            </a>
          </p>
        </>
      )}
    </>
  );
}
