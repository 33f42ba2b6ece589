import '../publish/panels.css';
import type { ShareInfo } from '../../../server/designer-contracts.ts';
import { explainFailure } from '../publish/explain-failure.ts';
import { ProblemBox } from '../publish/problem-box.tsx';
import { useReload } from '../publish/use-reload.ts';
import { AccessCodes } from './access-codes.tsx';
import { CopyButton } from './copy-button.tsx';
import { fetchShareInfo } from './share-api.ts';

function PublicLink({ info }: { info: ShareInfo }) {
  return (
    <section className="designer-section" aria-labelledby="link-heading">
      <h3 className="heading-m" id="link-heading">
        Link for parents
      </h3>
      <p className="form-hint" id="link-hint">
        Send this in emails, newsletters and social media posts. It works once the survey is
        published.
      </p>
      <div className="share-link">
        <label className="visually-hidden" htmlFor="public-link">
          Link for parents
        </label>
        <input
          className="form-input"
          id="public-link"
          readOnly
          value={info.url}
          aria-describedby="link-hint"
        />
        <CopyButton text={info.url} label="Copy link" what="Link" />
      </div>
    </section>
  );
}

function QrCode({ info, slug }: { info: ShareInfo; slug: string }) {
  return (
    <section className="designer-section" aria-labelledby="qr-heading">
      <h3 className="heading-m" id="qr-heading">
        QR code
      </h3>
      <p className="body">For posters and leaflets: phones open the survey when they scan it.</p>
      <img
        className="qr-image"
        src={info.qrPng}
        alt={`QR code that opens ${info.url}`}
        width={192}
        height={192}
      />
      <ul className="list">
        <li>
          <a href={info.qrPng} download={`${slug}-qr-code.png`}>
            Download the QR code as a picture (PNG)
          </a>
        </li>
        <li>
          <a href={info.qrSvg} download={`${slug}-qr-code.svg`}>
            Download the QR code for printing at any size (SVG)
          </a>
        </li>
      </ul>
    </section>
  );
}

function Embed({ info }: { info: ShareInfo }) {
  return (
    <section className="designer-section" aria-labelledby="embed-heading">
      <h3 className="heading-m" id="embed-heading">
        Show the survey on the Local Offer website
      </h3>
      <label className="form-label" htmlFor="embed-snippet">
        Code to paste into the web page
      </label>
      <p className="form-hint" id="embed-hint">
        Give this to whoever edits the Local Offer website. The survey only appears there if the
        website's address is listed in the EMBED_ORIGINS setting of SEND Voice: ask your IT team to
        add it, otherwise browsers refuse to show the survey inside another site.
      </p>
      <textarea
        className="form-textarea form-textarea--code"
        id="embed-snippet"
        readOnly
        rows={4}
        value={info.embedSnippet}
        aria-describedby="embed-hint"
      />
      <div className="share-link">
        <CopyButton text={info.embedSnippet} label="Copy the code" what="Code" />
      </div>
    </section>
  );
}

/** Everything needed to get the survey to parents: link, QR code, embed code and access codes. */
export function SharePanel({ slug }: { slug: string }) {
  const [info] = useReload(() => fetchShareInfo(slug), slug);
  return (
    <section className="designer-panel" aria-labelledby="share-heading">
      <h2 className="heading-l" id="share-heading">
        Share
      </h2>
      {info.kind === 'loading' ? (
        <p className="body delayed-appear">Loading the links…</p>
      ) : info.ok ? (
        <>
          <PublicLink info={info.value} />
          <QrCode info={info.value} slug={slug} />
          <Embed info={info.value} />
        </>
      ) : (
        <ProblemBox problem={explainFailure(info, 'load the links')} focus={false} />
      )}
      <AccessCodes slug={slug} />
    </section>
  );
}
