import { Layout } from '../components/layout.tsx';
import { PageHeading } from '../components/page-heading.tsx';
import { pageTitle, SERVICE_NAME } from '../lib/site.ts';
import { useSiteInfo } from '../lib/use-site-info.ts';

/** When this statement was last checked against the website; reviewed at least once a year. */
export const STATEMENT_REVIEWED = '7 December 2026';
const NEXT_REVIEW = '7 December 2027';

export function AccessibilityPage() {
  const site = useSiteInfo();
  const who = site?.organisation.name ?? "the council's SEND engagement team";
  const contact = site?.organisation.contact;
  const reach = contact ? `${who}: ${contact}` : who;
  return (
    <Layout title={pageTitle('Accessibility statement')}>
      <PageHeading>Accessibility statement</PageHeading>
      <p className="body-l">
        This statement is about {SERVICE_NAME}, the website where parents, carers and young people
        answer questionnaires about special educational needs and disabilities (SEND) services.
      </p>
      <p className="body">
        The website is run by {who}, working with the parent carer forum. We want as many people as
        possible to be able to use it. For example, you should be able to:
      </p>
      <ul className="list">
        <li>make the text up to 4 times bigger without it going off the screen</li>
        <li>use it on a small phone screen</li>
        <li>change colours, contrast and fonts using your browser or device settings</li>
        <li>get to every part of a questionnaire using just a keyboard</li>
        <li>use it with a screen reader, speech recognition software or a screen magnifier</li>
      </ul>
      <p className="body">
        We have written the pages in plain English, and we explain any terms we use.
      </p>

      <h2 className="heading-m">How accessible this website is</h2>
      <p className="body">
        We aim to meet the Web Content Accessibility Guidelines (WCAG) 2.2 at level AA.
      </p>
      <p className="body">We know some parts may be harder to use:</p>
      <ul className="list">
        <li>
          questions that ask how much you agree with several statements are shown as a grid on large
          screens, which takes longer to go through with a screen reader; on phones and tablets each
          statement is shown with its own list of answers instead
        </li>
        <li>
          your answers are kept in your browser until you send them, so anyone who uses the same
          device and browser could see them; you can clear them with "Start again" at any time
        </li>
        <li>the website needs JavaScript to be turned on</li>
        <li>the website has not yet been checked by an independent accessibility auditor</li>
      </ul>

      <h2 className="heading-m">Asking for another format</h2>
      <p className="body">
        You can ask for any questionnaire on paper, in large print, in easy read, in another
        language, or as a conversation by phone or in person. Someone can also help you fill it in.
        Your answers will still be anonymous.
      </p>
      <p className="body">
        To ask, contact {reach}.
        {!contact &&
          " Their contact details are in the message, letter or newsletter that gave you the link to the questionnaire, and on the council's Local Offer website."}{' '}
        You can also ask the parent carer forum to pass on your request. Tell us which questionnaire
        it is and the format you need.
      </p>

      <h2 className="heading-m">Reporting a problem with this website</h2>
      <p className="body">
        If you find a problem that is not listed on this page, or you think we are not meeting
        accessibility requirements, please tell {reach}. Tell us the web address of the page and
        what went wrong. You do not have to give your name.
      </p>

      <h2 className="heading-m">If you are not happy with our reply</h2>
      <p className="body">
        The Equality and Human Rights Commission (EHRC) is responsible for enforcing the
        accessibility regulations. If you are not happy with how we respond to your complaint,
        contact the{' '}
        <a href="https://www.equalityadvisoryservice.com/">Equality Advisory and Support Service</a>{' '}
        (EASS).
      </p>

      <h2 className="heading-m">How we tested this website</h2>
      <p className="body">Each time the website changes, automated tests:</p>
      <ul className="list">
        <li>
          check every page with axe, an accessibility checker, in the Chromium browser: the home
          page, this page, every page of a questionnaire, the error messages, the thank-you page,
          and the pages shown when a questionnaire has closed or is not open yet
        </li>
        <li>start and answer a questionnaire using only a keyboard</li>
        <li>answer a whole questionnaire on a phone-sized screen</li>
        <li>check that pages fit a screen 320 pixels wide without scrolling sideways</li>
      </ul>
      <p className="body">
        Automated tests find only some problems. We have not yet tested the website with people who
        use screen readers or other assistive technology, and we plan to. We will update this
        statement when we fix a problem or find a new one.
      </p>

      <h2 className="heading-m">Preparation of this statement</h2>
      <p className="body">
        This statement was last reviewed on {STATEMENT_REVIEWED}. We will review it again by{' '}
        {NEXT_REVIEW}, or sooner if the website changes.
      </p>
    </Layout>
  );
}
