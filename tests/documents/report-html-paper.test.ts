// The printable page asks for A4, the paper a council prints on: printed from a browser whose
// default is US Letter (Chromium's, headless), it still comes out on A4 pages.
import { describe, expect, it } from 'vitest';
import { documentHtml } from '../../server/exports/document-html.ts';
import { launchChromium } from '../browser/support/browser.ts';
import { hasChromium } from './support/page-count.ts';
import { parentExperienceReport } from './support/parent-experience-report.ts';

describe('the printable page’s paper', () => {
  it.skipIf(!hasChromium && process.env.CI !== 'true')(
    'prints on A4 when the page’s own size is followed',
    async () => {
      const browser = await launchChromium();
      try {
        const tab = await browser.newPage();
        await tab.setContent(documentHtml(parentExperienceReport().document), {
          waitUntil: 'load',
        });
        const pdf = (await tab.pdf({ preferCSSPageSize: true })).toString('latin1');
        const box = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(pdf);
        // A4 is 595 by 842 points; Letter 612 by 792.
        expect(Math.round(Number(box?.[1]))).toBe(595);
        expect(Math.round(Number(box?.[2]))).toBe(842);
      } finally {
        await browser.close();
      }
    },
    120_000,
  );
});
