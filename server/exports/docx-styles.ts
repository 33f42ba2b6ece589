// Styles of the Word report: a plain, large sans-serif face, British English for the spelling
// checker and screen readers, and named Quote and Caption styles so quotations and table captions
// are marked as such, not just made to look different.
import type { IStylesOptions } from 'docx';
import { CAPTION_STYLE, QUOTE_STYLE } from './docx-parts.ts';

const FONT = 'Arial';

// A heading or caption never ends a page apart from what it introduces, nor breaks across two.
const KEEP_WITH_NEXT = { keepNext: true, keepLines: true } as const;

export const DOCX_STYLES: IStylesOptions = {
  default: {
    document: {
      run: { font: FONT, size: 22, language: { value: 'en-GB' } },
      paragraph: { spacing: { after: 120, line: 288, lineRule: 'auto' } },
    },
    title: {
      run: { font: FONT, size: 48, bold: true, color: '0B0C0C' },
      paragraph: KEEP_WITH_NEXT,
    },
    heading1: {
      run: { font: FONT, size: 32, bold: true, color: '0B0C0C' },
      paragraph: {
        spacing: { before: 360, after: 120, line: 240, lineRule: 'auto' },
        ...KEEP_WITH_NEXT,
      },
    },
    heading2: {
      run: { font: FONT, size: 28, bold: true, color: '0B0C0C' },
      paragraph: {
        spacing: { before: 240, after: 120, line: 240, lineRule: 'auto' },
        ...KEEP_WITH_NEXT,
      },
    },
    heading3: {
      run: { font: FONT, size: 26, bold: true, color: '0B0C0C' },
      paragraph: {
        spacing: { before: 240, after: 80, line: 240, lineRule: 'auto' },
        ...KEEP_WITH_NEXT,
      },
    },
    heading4: {
      run: { font: FONT, size: 24, bold: true, color: '0B0C0C' },
      paragraph: {
        spacing: { before: 160, after: 80, line: 240, lineRule: 'auto' },
        ...KEEP_WITH_NEXT,
      },
    },
  },
  paragraphStyles: [
    {
      id: 'Subtitle',
      name: 'Subtitle',
      basedOn: 'Normal',
      next: 'Normal',
      quickFormat: true,
      run: { size: 32, bold: true, color: '0B0C0C' },
      paragraph: { spacing: { after: 480 } },
    },
    {
      id: QUOTE_STYLE,
      name: 'Quote',
      basedOn: 'Normal',
      next: 'Normal',
      quickFormat: true,
      run: { italics: true, color: '0B0C0C' },
      paragraph: {
        indent: { left: 720, right: 720 },
        spacing: { before: 120, after: 120 },
        border: { left: { style: 'single', size: 24, color: '505A5F', space: 8 } },
      },
    },
    {
      id: CAPTION_STYLE,
      name: 'Caption',
      basedOn: 'Normal',
      next: 'Normal',
      quickFormat: true,
      run: { bold: true, size: 22, color: '0B0C0C' },
      paragraph: KEEP_WITH_NEXT,
    },
  ],
};
