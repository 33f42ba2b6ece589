// The docx library has no option for a table's alternative text (w:tblCaption), which Word's
// accessibility checker asks for. It is added to the packed file: each table's properties get the
// caption of the same position, in document order.
import JSZip from 'jszip';

const DOCUMENT = 'word/document.xml';

const escapeAttribute = (text: string) =>
  text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&apos;');

export async function addTableCaptions(docx: Buffer, captions: readonly string[]): Promise<Buffer> {
  const zip = await JSZip.loadAsync(docx);
  const part = zip.file(DOCUMENT);
  if (!part || captions.length === 0) return docx;
  const xml = await part.async('string');
  let index = 0;
  // tblCaption is the last child but one allowed in w:tblPr, so it goes just before the end tag.
  const captioned = xml.replace(/<\/w:tblPr>/g, (end) => {
    const caption = captions[index++];
    if (caption === undefined) return end;
    return `<w:tblCaption w:val="${escapeAttribute(caption)}"/>${end}`;
  });
  zip.file(DOCUMENT, captioned);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}
