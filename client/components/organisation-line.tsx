import { useSiteInfo } from '../lib/use-site-info.ts';
import { useUiText } from '../questionnaire/ui-text-context.tsx';

/** "This website is run by … Contact: …", from ORGANISATION_NAME and ORGANISATION_CONTACT. */
export function OrganisationLine({ className }: { className: string }) {
  const t = useUiText();
  const site = useSiteInfo();
  if (!site) return null;
  const { name, contact } = site.organisation;
  return (
    <p className={className} data-testid="site-organisation">
      {t('site.runBy', { name })}
      {contact && <> {t('site.contact', { contact })}</>}
    </p>
  );
}
