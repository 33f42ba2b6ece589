// The Word report opens without Word's "repair" prompt and reads well printed: every picture has
// its own drawing id, headings and captions stay with what follows them, and chart labels print
// at 9 points or more, long ones wrapped onto a second line rather than cut.
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { documentDocx } from '../../server/exports/document-docx.ts';
import { barChart } from '../../server/exports/svg-bar-chart.ts';
import { parentExperienceReport } from './support/parent-experience-report.ts';

const EMU_PER_POINT = 12_700;

async function part(buffer: Buffer, name: string): Promise<string> {
  const zip = await JSZip.loadAsync(buffer);
  return (await zip.file(name)?.async('string')) ?? '';
}

describe('the Word report’s layout', () => {
  const { document } = parentExperienceReport();
  const docx = documentDocx(document);

  it('gives every chart its own drawing id', async () => {
    const xml = await part(await docx, 'word/document.xml');
    const ids = [...xml.matchAll(/<wp:docPr [^>]*?\bid="(\d+)"/g)].map((m) => m[1]);
    expect(ids.length).toBeGreaterThan(3);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('keeps each heading and caption with the paragraph after it, and in one piece', async () => {
    const styles = await part(await docx, 'word/styles.xml');
    for (const id of ['Title', 'Heading1', 'Heading2', 'Heading3', 'Heading4', 'Caption']) {
      const style = new RegExp(`<w:style [^>]*w:styleId="${id}"[\\s\\S]*?</w:style>`).exec(styles);
      expect(style?.[0], id).toContain('<w:keepNext/>');
      expect(style?.[0], id).toContain('<w:keepLines/>');
    }
  });

  it('prints chart labels at 9 points or more', async () => {
    const xml = await part(await docx, 'word/document.xml');
    const widths = [...xml.matchAll(/<wp:extent cx="(\d+)"/g)].map(
      (m) => Number(m[1]) / EMU_PER_POINT,
    );
    expect(widths.length).toBeGreaterThan(3);
    // The SVG is 640 units wide with 15-unit text (0.75 points to the unit at full size).
    for (const points of widths) expect((15 * points) / 640).toBeGreaterThanOrEqual(9);
  });
});

describe('chart labels', () => {
  it('wraps a long label onto two lines instead of cutting it', () => {
    const label =
      'I knew who to talk to about my child’s needs at school, and could talk to a SENCO: the plan was then explained to me';
    const svg = barChart('c', 'Chart', [{ label, percent: 50, text: '50%' }]).html;
    const lines = [...svg.matchAll(/<text class="chart-label"[^>]*>([^<]*)<\/text>/g)].map(
      (m) => m[1],
    );
    expect(lines).toHaveLength(2);
    expect(lines.join(' ')).toBe(label);
    expect(svg).not.toContain('…');
  });
});
