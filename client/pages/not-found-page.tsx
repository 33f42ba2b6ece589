import { Layout } from '../components/layout.tsx';
import { PageHeading } from '../components/page-heading.tsx';
import { pageTitle } from '../lib/site.ts';

export function NotFoundPage() {
  return (
    <Layout title={pageTitle('Page not found')}>
      <PageHeading>Page not found</PageHeading>
      <p className="body">If you typed the web address, check it is correct.</p>
      <p className="body">
        If you were sent a link to a questionnaire, use the whole link, exactly as you received it.
      </p>
      <p className="body">
        <a href="/">Go to the home page</a>
      </p>
    </Layout>
  );
}
