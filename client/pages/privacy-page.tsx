import { Layout } from '../components/layout.tsx';
import { PageHeading } from '../components/page-heading.tsx';
import { pageTitle, SERVICE_NAME } from '../lib/site.ts';
import { useSiteInfo } from '../lib/use-site-info.ts';

/** The default privacy notice: what a UK council's notice must say, for every questionnaire. */
export function PrivacyPage() {
  const site = useSiteInfo();
  const who = site?.organisation.name ?? 'the organisation that runs this website';
  const contact = site?.organisation.contact;
  const months = site?.retentionMonths;
  return (
    <Layout title={pageTitle('Privacy notice')}>
      <PageHeading>Privacy notice</PageHeading>
      <p className="body-l">
        This notice explains what happens to your answers when you fill in a questionnaire on{' '}
        {SERVICE_NAME}.
      </p>

      <h2 className="heading-m">Who is responsible for your answers</h2>
      <p className="body">
        {who} runs this website and decides how your answers are used. In data protection law this
        makes them the data controller.{' '}
        {contact
          ? `You can contact them here: ${contact}.`
          : 'Their contact details are in the message or letter that gave you the link.'}{' '}
        You can also ask them to put you in touch with their data protection officer.
      </p>

      <h2 className="heading-m">What we never collect</h2>
      <ul className="list">
        <li>your name, email address, postal address or phone number</li>
        <li>your internet (IP) address, or details of your phone, computer or browser</li>
        <li>cookies that follow you or recognise you when you come back</li>
        <li>the exact time you sent your answers: we keep only the hour</li>
      </ul>

      <h2 className="heading-m">What we keep, and for how long</h2>
      <p className="body">
        We keep your answers, the hour they were sent, and the themes we find in what you wrote (for
        example "waiting times" or "communication"). If you write something that could identify you
        or someone else, such as a name or a school, we hide it before anyone outside the team can
        see it.
      </p>
      <p className="body">
        {months
          ? `Answers are deleted ${months} months after they were sent.`
          : 'Answers are kept until the team deletes them, when they are no longer needed.'}{' '}
        Copies of the service's data are kept in backups so it can be recovered after a failure.
        Backups are deleted on a rolling schedule. Until then, a backup may still hold answers that
        were deleted or taken back. Backups are used only to recover the service.
      </p>

      <h2 className="heading-m">Why we can use your answers</h2>
      <p className="body">
        Because we do not know who you are, your answers are usually not personal data. If they do
        include information about you or your child, our lawful basis is that we need it to carry
        out our public task of planning and improving services for children and young people with
        special educational needs and disabilities (UK GDPR Article 6(1)(e)). For information about
        health or disability, we rely on substantial public interest (UK GDPR Article 9(2)(g) and
        the Data Protection Act 2018).
      </p>

      <h2 className="heading-m">Who sees your answers</h2>
      <p className="body">
        The council's officers who look after these questionnaires read the answers. Members of the
        parent carer forum may help check the themes and the report. Nobody else sees your answers.
      </p>
      <p className="body">
        We publish reports of what people told us. A report never shows a figure about fewer than{' '}
        {site?.minimumGroup ?? 10} people. We only quote your words if you said we could, and only
        after removing anything that could identify someone.
      </p>

      <h2 className="heading-m">Your receipt code, and taking your answers back</h2>
      <p className="body">
        When you send your answers, we give you a receipt code. We do not keep the code itself, only
        a scrambled version of it that cannot be turned back into the code. Nobody can tell which
        answers are yours without it, including us.
      </p>
      <p className="body">With your code, on the receipt page, you can:</p>
      <ul className="list">
        <li>see the themes your answers were counted under, and what we are doing about them</li>
        <li>
          take your answers back: they are deleted, and they are left out of every count and report
          from then on
        </li>
        <li>
          link your answers to the next questionnaire in the same series, so we can see how views
          change among the same people, without knowing who they are
        </li>
      </ul>
      <p className="body">
        If you lose the code, we cannot find your answers for you. Anyone who has your code can take
        your answers back, so keep it safe. If you take back answers that raised a worry about
        someone's safety before the team had read them, the answers are still deleted; the team only
        sees a note that such answers were taken back.
      </p>
      <p className="body">
        <a href="/receipt">Use your receipt code</a>
      </p>

      <h2 className="heading-m">Your rights, and how to complain</h2>
      <p className="body">
        You have rights over personal data, such as the right to see it or have it deleted. As we do
        not know which answers are yours, the receipt code is how you can use these rights. To ask
        about this notice, or to complain, contact {who}
        {contact ? ` (${contact})` : ''}.
      </p>
      <p className="body">
        If you are not happy with their answer, you can complain to the Information Commissioner's
        Office (ICO) at{' '}
        <a href="https://ico.org.uk/make-a-complaint/">ico.org.uk/make-a-complaint</a> or by phone
        on 0303 123 1113.
      </p>
    </Layout>
  );
}
