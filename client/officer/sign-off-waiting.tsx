// Drafts a designer asked the signed-in person to sign off, shown where they land on signing in
// (officers' survey list, designers' questionnaire list), each with a link to the draft's checks.
import { z } from 'zod';
import { type WaitingSignOff, waitingSignOffSchema } from '../../server/sign-off-contracts.ts';
import { formatLondonDate } from '../lib/london-date.ts';
import { call } from './officer-api.ts';
import { useLoad } from './use-load.ts';

const fetchWaiting = () =>
  call('/api/sign-off/waiting', (b) => z.array(waitingSignOffSchema).safeParse(b).data);

/** The designer's editor opened on its "Checks and publishing" tab. */
export const checksPath = (slug: string) =>
  `/designer/surveys/${encodeURIComponent(slug)}?tab=publish`;

export function SignOffWaiting() {
  const waiting = useLoad(fetchWaiting, 'sign-off requests');
  if (waiting.kind === 'loading' || !waiting.ok || waiting.value.length === 0) return null;
  return <WaitingList drafts={waiting.value} />;
}

function WaitingList({ drafts }: { drafts: WaitingSignOff[] }) {
  return (
    <section className="inset" aria-labelledby="sign-off-waiting-heading">
      <h2 className="heading-s" id="sign-off-waiting-heading">
        Waiting for your sign-off
      </h2>
      <ul className="list">
        {drafts.map((d) => (
          <li key={d.slug}>
            <a href={checksPath(d.slug)}>{d.title}: the draft and its checks</a>
            <span className="table__hint">
              Asked by {d.askedBy} on {formatLondonDate(d.askedAt)}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
