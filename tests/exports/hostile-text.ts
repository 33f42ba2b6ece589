// Hostile strings from ../shared, and how a document can show them: XML cannot hold most control
// characters, so exports write U+FFFD in their place and keep everything else exactly.
import { readFileSync } from 'node:fs';
import { SaxesParser } from 'saxes';
import { requireShared } from '../support/shared-fixtures.ts';

/** The payloads, or undefined (with a message; an error in CI) when ../shared is absent. */
export function hostilePayloads(): string[] | undefined {
  const path = requireShared('fixtures/hostile/hostile_payloads_50.json');
  if (!path) return undefined;
  const fixtures = JSON.parse(readFileSync(path, 'utf8')) as { payload: string }[];
  return fixtures.map((f) => f.payload);
}

// Written as code point tests, not a copy of the exporters' regular expressions, so the tests
// check the rule rather than repeat it.
const xmlInvalid = (c: number) =>
  (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || c === 0xfffe || c === 0xffff;
const c1 = (c: number) => c >= 0x7f && c <= 0x9f;

const replaceWhere = (s: string, bad: (c: number) => boolean) =>
  Array.from(s, (ch) => (bad(ch.codePointAt(0) ?? 0) ? '\uFFFD' : ch)).join('');

/** A payload as an XML document shows it. */
export const inXml = (s: string) => replaceWhere(s, xmlInvalid);

/** A payload as a web page or spreadsheet shows it: DEL and C1 controls go too. */
export const onScreen = (s: string) => replaceWhere(s, (c) => xmlInvalid(c) || c1(c));

/** True if the text holds a character XML 1.0 forbids. */
export const hasXmlInvalid = (s: string) =>
  Array.from(s).some((ch) => xmlInvalid(ch.codePointAt(0) ?? 0));

/** Well-formedness errors of an XML document, by a strict parser. */
export function xmlErrors(xml: string): string[] {
  const errors: string[] = [];
  const parser = new SaxesParser();
  parser.on('error', (error) => errors.push(error.message));
  parser.write(xml).close();
  return errors;
}
