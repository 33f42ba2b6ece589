import { type ReportQuery, reportUrl } from '../officer-api.ts';

/**
 * Files are plain links: the session cookie authenticates the download, and each is audited. They
 * carry the options the page shows (breakdown, version, k); the raw CSV has no figures, so only
 * the version applies to it.
 */
export function ExportLinks({ slug, query }: { slug: string; query: ReportQuery }) {
  return (
    <section aria-labelledby="downloads-heading">
      <h2 className="heading-m" id="downloads-heading">
        Download
      </h2>
      <p className="body">
        These files hide small groups, and only contain approved quotes. The spreadsheet also has a
        row for each response, with names and other details taken out of what people wrote: take
        that sheet out before publishing it.
      </p>
      <ul className="list">
        <li>
          <a href={reportUrl(slug, 'html', query)} download>
            Printable report (HTML)
          </a>
        </li>
        <li>
          <a href={reportUrl(slug, 'docx', query)} download>
            Report as a Word document (DOCX)
          </a>
        </li>
        <li>
          <a href={reportUrl(slug, 'xlsx', query)} download>
            Report as a spreadsheet (XLSX)
          </a>
        </li>
      </ul>
      <div className="warning-text">
        <span className="warning-text__icon" aria-hidden="true">
          !
        </span>
        <p className="warning-text__text">
          <span className="visually-hidden">Warning: </span>
          This file contains everything people wrote, with nothing hidden or taken out, including
          any names or details they gave. Keep it secure and do not share it.
        </p>
      </div>
      <p className="body">
        <a href={reportUrl(slug, 'csv', { version: query.version })} download>
          All responses, unredacted (CSV)
        </a>
      </p>
    </section>
  );
}
