import PDFDocument from 'pdfkit';
import type { ResolvedDocument } from './blocks';
import { defaultFonts, loadFont, type LoadedFont } from './pdf/font-cache';
import { PdfLayout } from './pdf/pdf-layout';
import type { RenderInput } from './render-input';
import { resolveDocument } from './resolve-document';

/** Renders a document to PDF bytes (A4, fonts subset-embedded). */
export async function renderPdf(input: RenderInput): Promise<Buffer> {
  const resolved = resolveDocument(input);
  const fonts = {
    body: loadFont(input.fonts?.body ?? defaultFonts.body),
    heading: loadFont(input.fonts?.heading ?? defaultFonts.heading),
  };
  return writePdf(resolved, fonts);
}

function writePdf(resolved: ResolvedDocument, fonts: { body: LoadedFont; heading: LoadedFont }): Promise<Buffer> {
  const info: PDFKit.DocumentInfo = {
    Title: resolved.number ? `${resolved.title}（${resolved.number}）` : resolved.title,
    Author: resolved.agencyName,
    Subject: resolved.subject,
    Creator: 'zhifa 互联网+执法',
    Producer: '@zhifa/documents',
    CreationDate: resolved.deterministic?.creationDate ?? new Date(),
  };
  // The file /ID is a hash of the Info dictionary: the document id makes it unique per document
  // and fixed across re-renders.
  if (resolved.deterministic) info.Keywords = resolved.deterministic.documentId;
  // pdfkit accepts a parsed fontkit font as a font source, though its types list only paths and
  // buffers. Starting on our own font also spares it loading Helvetica metrics for every document.
  const asSource = (font: LoadedFont) => font.font as unknown as string;
  const doc = new PDFDocument({ size: 'A4', margin: 0, bufferPages: true, info, lang: 'zh-CN', displayTitle: true, font: asSource(fonts.body) });
  doc.registerFont('body', asSource(fonts.body));
  doc.registerFont('heading', asSource(fonts.heading));
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  new PdfLayout(doc, fonts).render(resolved);
  doc.end();
  return done;
}
