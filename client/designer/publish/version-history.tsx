import type { z } from 'zod';
import type { versionSummarySchema } from '../../../server/designer-contracts.ts';
import { formatLondonDateTime } from '../../lib/london-date.ts';
import { formatCount } from '../../officer/format.ts';

type VersionSummary = z.infer<typeof versionSummarySchema>;

export function VersionHistory(props: { versions: VersionSummary[]; current: number | null }) {
  const counted = props.versions.some((v) => v.responses !== undefined);
  return (
    <section className="designer-section" aria-labelledby="versions-heading">
      <h3 className="heading-m" id="versions-heading">
        Version history
      </h3>
      {props.versions.length === 0 ? (
        <p className="body">Nothing has been published yet.</p>
      ) : (
        <div className="table-scroll">
          <table className="table">
            <caption className="visually-hidden">Published versions, newest first</caption>
            <thead>
              <tr>
                <th scope="col">Version</th>
                <th scope="col">Published</th>
                <th scope="col">By</th>
                {counted && (
                  <th scope="col" className="table__numeric">
                    Answers
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {[...props.versions]
                .sort((a, b) => b.version - a.version)
                .map((v) => (
                  <tr key={v.version}>
                    <th scope="row">
                      Version {v.version}
                      {v.version === props.current && (
                        <span className="table__hint">Parents see this one</span>
                      )}
                    </th>
                    <td>{formatLondonDateTime(v.createdAt)}</td>
                    <td>{v.publishedBy ?? 'Loaded from a file'}</td>
                    {counted && (
                      <td className="table__numeric">
                        {v.responses === undefined ? '—' : formatCount(v.responses)}
                      </td>
                    )}
                  </tr>
                ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
