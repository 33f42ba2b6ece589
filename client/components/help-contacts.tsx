import type { HelpContact } from '../../server/contracts.ts';

// Phone links must hold digits only; the shown number keeps its spaces for reading aloud.
const telHref = (phone: string) => `tel:${phone.replace(/[^\d+]/g, '')}`;

/** "www.example.org/iask": what people would type, and what a screen reader reads well. */
function readableUrl(url: string): string {
  try {
    const { host, pathname } = new URL(url);
    return `${host}${pathname}`.replace(/\/$/, '');
  } catch {
    return url;
  }
}

/** The section's own wording, in the parent's language (client/lib/ui-text.ts). */
export interface HelpWording {
  heading: string;
  intro: string;
  website: string;
  phone: string;
}

export function HelpContacts({
  contacts,
  wording,
}: {
  contacts: HelpContact[];
  wording: HelpWording;
}) {
  if (contacts.length === 0) return null;
  return (
    <section aria-labelledby="getting-help" className="section">
      <h2 id="getting-help" className="heading-l">
        {wording.heading}
      </h2>
      <p className="body">{wording.intro}</p>
      <ul className="help-list">
        {contacts.map((contact) => (
          <li key={contact.name} className="help-list__item">
            <h3 className="heading-s">{contact.name}</h3>
            {contact.description && <p className="body">{contact.description}</p>}
            {(contact.url || contact.phone) && (
              <ul className="help-list__ways">
                {contact.url && (
                  <li>
                    {wording.website}{' '}
                    <a href={contact.url} rel="noreferrer">
                      {readableUrl(contact.url)}
                    </a>
                  </li>
                )}
                {contact.phone && (
                  <li>
                    {wording.phone} <a href={telHref(contact.phone)}>{contact.phone}</a>
                  </li>
                )}
              </ul>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
