// The HTML a questionnaire may carry. survey-react-ui renders a definition's HTML properties as
// markup on the parent's page and the officers' paper-entry page; the CSP stops scripts, but a
// form, a link styled as a button or an image from another site (which tells that site who opened
// the questionnaire, and when) would still pass. So every HTML property is cleaned to a short list
// of text elements, when a draft is saved and again whenever a version is shown.
import sanitizeHtml from 'sanitize-html';

/** SurveyJS properties rendered as HTML; any other string is shown as text. */
const HTML_PROPERTIES = new Set(['html', 'completedHtml', 'completedBeforeHtml', 'loadingHtml']);

const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [
    'p',
    'br',
    'h2',
    'h3',
    'h4',
    'strong',
    'em',
    'b',
    'i',
    'ul',
    'ol',
    'li',
    'a',
    'abbr',
    'span',
    'div',
    'blockquote',
    'table',
    'caption',
    'thead',
    'tbody',
    'tr',
    'th',
    'td',
  ],
  allowedAttributes: {
    a: ['href', 'rel', 'target'],
    abbr: ['title'],
    th: ['scope'],
    '*': ['lang', 'dir'],
  },
  allowedSchemes: ['https', 'http', 'mailto', 'tel'],
  allowProtocolRelative: false,
  // A link leaves the questionnaire in a new tab so unfinished answers stay open, and tells the
  // other site nothing about where the parent came from.
  transformTags: {
    a: sanitizeHtml.simpleTransform('a', { rel: 'noopener noreferrer', target: '_blank' }),
  },
};

// Everything allowed: what the parser alone makes of a text (it closes a <p> before an <h4>).
const PARSE_ONLY: sanitizeHtml.IOptions = {
  allowedTags: false,
  allowedAttributes: false,
  allowVulnerableTags: true,
};

/**
 * Cleaned HTML: only text elements, links to web, mail and phone addresses, and tables. When
 * cleaning removes nothing, the designer's own text is kept as written, so an import exports
 * unchanged.
 */
export function sanitizeHtmlText(html: string): string {
  const { transformTags: _links, ...withoutLinkRewrite } = OPTIONS;
  const removesNothing = sanitizeHtml(html, withoutLinkRewrite) === sanitizeHtml(html, PARSE_ONLY);
  return removesNothing && !/<a[\s/>]/i.test(html) ? html : sanitizeHtml(html, OPTIONS);
}

/** Sets an own property even for a key like "__proto__", which plain assignment would not. */
function setOwn(target: Record<string, unknown>, key: string, value: unknown) {
  Object.defineProperty(target, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}

function sanitizeLocalised(value: unknown): unknown {
  if (typeof value === 'string') return sanitizeHtmlText(value);
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    const out: Record<string, unknown> = {};
    for (const [locale, text] of Object.entries(value)) {
      setOwn(out, locale, typeof text === 'string' ? sanitizeHtmlText(text) : text);
    }
    return out;
  }
  return value;
}

/** A copy of a SurveyJS definition with every HTML property cleaned; everything else unchanged. */
export function sanitizeDefinition<T>(definition: T): T {
  const walk = (node: unknown, depth: number): unknown => {
    // Definitions are nested pages, panels and questions; nothing legitimate goes this deep.
    // Nothing legitimate goes this deep; returning it uncleaned would pass raw HTML through.
    if (depth > 64) return null;
    if (Array.isArray(node)) return node.map((item) => walk(item, depth + 1));
    if (node === null || typeof node !== 'object') return node;
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(node)) {
      setOwn(
        out,
        key,
        HTML_PROPERTIES.has(key) ? sanitizeLocalised(value) : walk(value, depth + 1),
      );
    }
    return out;
  };
  return walk(definition, 0) as T;
}
