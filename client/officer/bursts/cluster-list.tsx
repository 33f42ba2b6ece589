// Groups of responses with identical answers, largest first, each with what they answered, when
// they arrived, and a way to set the group aside.
import type { BurstsView } from '../../../server/set-aside-contracts.ts';
import { formatCount, plural } from '../format.ts';
import { hoursInWords } from './hour-words.ts';
import { SetAsideForm } from './set-aside-form.tsx';

interface ClusterListProps {
  slug: string;
  view: BurstsView;
  onChanged: (message: string) => void;
}

export function ClusterList({ slug, view, onChanged }: ClusterListProps) {
  return (
    <section aria-labelledby="clusters">
      <h2 className="heading-l" id="clusters">
        Identical answers
      </h2>
      <p className="body">
        Groups of {formatCount(view.minimumCluster)} or more responses whose answers are exactly the
        same. Identical answers are not always junk: in a short survey, such as a pulse of three
        questions, many honest parents give the same answers. Many identical answers arriving in one
        unusual hour are more suspicious than the same answers spread over weeks. You decide.
      </p>
      {view.clusters.length === 0 ? (
        <p className="body">No group of identical answers is that large.</p>
      ) : (
        <ol className="review-list">
          {view.clusters.map((cluster, index) => {
            const left = cluster.responses - cluster.setAside;
            return (
              <li key={cluster.id} className="review-item">
                <h3 className="heading-s">
                  Group {index + 1}: {plural(cluster.responses, 'response', 'responses')}
                  {cluster.setAside > 0 ? (
                    <strong className="tag tag--grey bursts-tag">
                      {formatCount(cluster.setAside)} set aside
                    </strong>
                  ) : null}
                </h3>
                <p className="body">
                  Sent {hoursInWords(cluster.firstHour, cluster.lastHour)}, in{' '}
                  {plural(cluster.hours.length, 'hour', 'different hours')}.
                </p>
                <dl className="bursts-preview">
                  {cluster.preview.map((line) => (
                    <div key={line.question}>
                      <dt>{line.question}</dt>
                      <dd>{line.answer}</dd>
                    </div>
                  ))}
                </dl>
                {cluster.more > 0 ? (
                  <p className="body-s">
                    And the same answers to{' '}
                    {plural(cluster.more, 'other question', 'other questions')}.
                  </p>
                ) : null}
                {cluster.sameWrittenAnswers ? (
                  <p className="body">
                    <strong>Their written answers are identical too</strong>, which honest replies
                    rarely are.
                  </p>
                ) : null}
                {left > 0 ? (
                  <details className="bursts-details">
                    <summary className="body">
                      Set this group aside
                      <span className="visually-hidden"> (group {index + 1})</span>
                    </summary>
                    <SetAsideForm slug={slug} cluster={cluster} onDone={onChanged} />
                  </details>
                ) : (
                  <p className="body">Every response of this group is set aside.</p>
                )}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
