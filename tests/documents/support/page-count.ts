// Counts the A4 pages a report file prints to: the DOCX as LibreOffice Writer lays it out
// (headless conversion to PDF), the printable HTML as Chromium prints it.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_PATH, launchChromium } from '../../browser/support/browser.ts';

export const SOFFICE_PATH = '/usr/bin/soffice';
export const hasSoffice = existsSync(SOFFICE_PATH);
export const hasChromium = existsSync(CHROMIUM_PATH);

/** Pages of a PDF: its page objects (a page tree node is `/Type /Pages`). */
export const pdfPages = (pdf: Buffer) =>
  (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;

/** The DOCX as LibreOffice prints it; each call has its own profile so parallel runs never meet. */
export function docxPdf(docx: Uint8Array): Buffer {
  const dir = mkdtempSync(join(tmpdir(), 'send-voice-docx-'));
  try {
    writeFileSync(join(dir, 'report.docx'), docx);
    execFileSync(
      SOFFICE_PATH,
      [
        `-env:UserInstallation=file://${join(dir, 'profile')}`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        dir,
        join(dir, 'report.docx'),
      ],
      { stdio: 'ignore', timeout: 180_000 },
    );
    return readFileSync(join(dir, 'report.pdf'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The printable page as Chromium prints it on A4. */
export async function htmlPdf(page: string): Promise<Buffer> {
  const browser = await launchChromium();
  try {
    const tab = await browser.newPage();
    await tab.setContent(page, { waitUntil: 'load' });
    return await tab.pdf({ format: 'A4', printBackground: true });
  } finally {
    await browser.close();
  }
}
