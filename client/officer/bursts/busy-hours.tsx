// Responses per hour: the hours well above the usual rate first, every hour on request.
import type { BurstsView } from '../../../server/set-aside-contracts.ts';
import { formatCount, plural } from '../format.ts';
import { TableScroll } from '../table-scroll.tsx';
import { hourInWords } from './hour-words.ts';

/** A survey open for months has thousands of hours; the latest are the ones worth a look. */
const EVERY_HOUR_SHOWN = 500;

function HoursTable({ caption, hours }: { caption: string; hours: BurstsView['hours'] }) {
  return (
    <TableScroll label={caption}>
      <table className="table">
        <caption className="table__caption table__caption--s">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Hour (UK time)</th>
            <th scope="col" className="table__numeric">
              Responses
            </th>
            <th scope="col" className="table__numeric">
              Set aside
            </th>
          </tr>
        </thead>
        <tbody>
          {hours.map((h) => (
            <tr key={h.hour} className={h.unusual ? 'bursts-hour--unusual' : undefined}>
              <th scope="row" className="table__row-heading">
                {hourInWords(h.hour)}
                {h.unusual ? <strong className="tag tag--yellow bursts-tag">Unusual</strong> : null}
              </th>
              <td className="table__numeric">{formatCount(h.responses)}</td>
              <td className="table__numeric">{formatCount(h.setAside)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

export function BusyHours({ view }: { view: BurstsView }) {
  const unusual = view.hours.filter((h) => h.unusual);
  const latest = view.hours.slice(-EVERY_HOUR_SHOWN);
  return (
    <section aria-labelledby="busy-hours">
      <h2 className="heading-l" id="busy-hours">
        Busy hours
      </h2>
      <p className="body">
        In an hour with any responses, this survey usually gets{' '}
        {plural(view.usualPerHour, 'response', 'responses')}. Hours with{' '}
        {formatCount(view.unusualFrom)} or more are marked as unusual. A busy hour can be honest,
        for example just after a newsletter or a meeting with parents.
      </p>
      {unusual.length === 0 ? (
        <p className="body">No hour stands out.</p>
      ) : (
        <HoursTable caption="Unusual hours" hours={unusual} />
      )}
      {view.hours.length > 0 ? (
        <details className="bursts-details">
          <summary className="body">
            Every hour with responses ({formatCount(view.hours.length)})
          </summary>
          {view.hours.length > latest.length ? (
            <p className="body">The latest {formatCount(latest.length)} are shown.</p>
          ) : null}
          <HoursTable caption="Responses per hour" hours={latest} />
        </details>
      ) : null}
    </section>
  );
}
