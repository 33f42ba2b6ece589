// The small markup the document's own text may carry, written by officers (a narrative or the
// summary page) or read from the questionnaire's HTML: **bold** words, and lines starting "- "
// (or "* ", "• ") as the items of a bulleted list. Each file lays out the runs and lists as its
// own bold text and real lists; `text` always holds the words without the markup.
import type { Block, Run } from './document-types.ts';

const ITEM = /^\s*[-*•]\s+/;

/** "We **will** act" → plain, bold, plain; a "**" with no partner stays as typed. */
export function runsOf(text: string): Run[] {
  const runs: Run[] = [];
  const parts = text.split('**');
  // An even number of parts means one "**" is unpaired: it is kept, joined to its neighbour.
  if (parts.length % 2 === 0) parts.splice(-2, 2, `${parts.at(-2)}**${parts.at(-1)}`);
  parts.forEach((part, i) => {
    if (part === '') return;
    runs.push(i % 2 === 1 ? { text: part, bold: true } : { text: part });
  });
  return runs;
}

const plain = (runs: readonly Run[]) => runs.map((r) => r.text).join('');

/** A paragraph with its runs only when some words are bold, so plain text stays plain. */
export function markedParagraph(text: string): Block {
  const runs = runsOf(text);
  return runs.some((r) => r.bold)
    ? { type: 'paragraph', text: plain(runs), runs }
    : { type: 'paragraph', text: plain(runs) };
}

function markedList(lines: readonly string[]): Block {
  const runs = lines.map((line) => runsOf(line.replace(ITEM, '').trim()));
  const items = runs.map(plain);
  return runs.some((r) => r.some((x) => x.bold))
    ? { type: 'list', items, runs }
    : { type: 'list', items };
}

/**
 * Lines of marked text as blocks: each run of item lines one list, each other line its own
 * paragraph unless `joinLines`, when lines between blank lines form one paragraph (as officers
 * type them).
 */
export function markedBlocks(lines: readonly string[], joinLines = false): Block[] {
  const blocks: Block[] = [];
  let items: string[] = [];
  let words: string[] = [];
  const flushItems = () => {
    if (items.length > 0) blocks.push(markedList(items));
    items = [];
  };
  const flushWords = () => {
    if (words.length > 0) blocks.push(markedParagraph(words.join(' ')));
    words = [];
  };
  for (const raw of lines) {
    const line = raw.trim();
    if (line === '') {
      flushItems();
      flushWords();
    } else if (ITEM.test(line)) {
      flushWords();
      items.push(line);
    } else {
      flushItems();
      words.push(line);
      if (!joinLines) flushWords();
    }
  }
  flushItems();
  flushWords();
  return blocks;
}

/** An officer's text: paragraphs between blank lines, item lines as lists. */
export const officerBlocks = (text: string): Block[] => markedBlocks(text.split(/\r?\n/), true);
