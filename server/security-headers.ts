// Security headers for every response. Only the embed page may be shown in a frame, and only by
// the origins in EMBED_ORIGINS; everything else refuses framing, so no other site can overlay
// the officers' pages or the parents' questionnaire.
import type { MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';

/** The parent page without the site's header and footer, for the Local Offer website. */
export const EMBED_PATH_PREFIX = '/embed/';
/** The parent page as the designer previews it, in a frame of the designer (client/pages/). */
export const PREVIEW_PATH = '/preview';

function headersFor(frameAncestors: string[]) {
  return secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'self'"],
      // survey-core positions some elements with inline styles.
      styleSrc: ["'self'", "'unsafe-inline'"],
      imgSrc: ["'self'", 'data:'],
      scriptSrc: ["'self'"],
      frameAncestors,
      formAction: ["'self'"],
    },
    // frame-ancestors decides; X-Frame-Options cannot list other origins, so the embed page
    // leaves it out (SAMEORIGIN elsewhere: browsers that know only it still refuse other sites).
    xFrameOptions: frameAncestors[0] === "'none'" || frameAncestors[0] === "'self'",
    referrerPolicy: 'no-referrer',
    crossOriginEmbedderPolicy: false,
  });
}

export function pageSecurityHeaders(embedOrigins: string[]): MiddlewareHandler {
  const everywhere = headersFor(["'none'"]);
  const embed = embedOrigins.length > 0 ? headersFor(embedOrigins) : everywhere;
  const preview = headersFor(["'self'"]);
  return (c, next) => {
    if (c.req.path === PREVIEW_PATH) return preview(c, next);
    return (c.req.path.startsWith(EMBED_PATH_PREFIX) ? embed : everywhere)(c, next);
  };
}
