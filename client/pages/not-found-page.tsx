import { Layout } from '../components/layout.tsx';
import { PageHeading } from '../components/page-heading.tsx';
import { pageTitle } from '../lib/site.ts';
import { useUiText } from '../questionnaire/ui-text-context.tsx';

export function NotFoundPage() {
  const t = useUiText();
  return (
    <Layout title={pageTitle(t('pageNotFound.heading'))}>
      <PageHeading>{t('pageNotFound.heading')}</PageHeading>
      <p className="body">{t('pageNotFound.typed')}</p>
      <p className="body">{t('pageNotFound.link')}</p>
      <p className="body">
        <a href="/">{t('pageNotFound.home')}</a>
      </p>
    </Layout>
  );
}
