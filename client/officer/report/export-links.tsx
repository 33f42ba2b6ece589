import { type ReportQuery, reportUrl, responsesExportUrl } from '../officer-api.ts';

/**
 * Files are plain links: the session cookie authenticates the download, and each is audited. The
 * report files carry the options the page shows (breakdown, version, k) and are fit to publish;
 * the responses download, one row per person, is for officers only and only the version applies.
 */
export function ExportLinks({ slug, query }: { slug: string; query: ReportQuery }) {
  return (
    <section aria-labelledby="downloads-heading">
      <h2 className="heading-m" id="downloads-heading">
        Download
      </h2>
      <p className="body">
        The report files carry figures, with small groups hidden, and approved quotes only. They can
        be published as they are.
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
        <li>
          <a href={reportUrl(slug, 'csv', query)} download>
            Report figures as a table (CSV)
          </a>
        </li>
        <li>
          <a href={reportUrl(slug, 'easy-read', { version: query.version, k: query.k })} download>
            Easy read summary, large text (DOCX)
          </a>
        </li>
      </ul>
      <h3 className="heading-s" id="internal-downloads-heading">
        Responses, not for publication
      </h3>
      <div className="warning-text">
        <span className="warning-text__icon" aria-hidden="true">
          !
        </span>
        <p className="warning-text__text">
          <span className="visually-hidden">Warning: </span>
          Not for publication. One row for each person, with names and other details taken out of
          what they wrote, including parents who said no to being quoted. Several answers together
          can point at a family: keep these files inside the council.
        </p>
      </div>
      <ul className="list" aria-labelledby="internal-downloads-heading">
        <li>
          <a href={responsesExportUrl(slug, 'xlsx', query.version)} download>
            Responses, one row each, not for publication (XLSX)
          </a>
        </li>
        <li>
          <a href={responsesExportUrl(slug, 'csv', query.version)} download>
            Responses, one row each, not for publication (CSV)
          </a>
        </li>
      </ul>
    </section>
  );
}
