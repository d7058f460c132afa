// The diagram as a PDF page, drawn from the same SVG tree as the SVG export (vector, fitted to
// A4 or A3). pdf-lib runs in browsers and in Node alike, so the command line can make PDFs too.
// Text is drawn with embedded Noto Sans fonts (pdf-text.ts): every name prints, in any script.
// No metadata at all: neither title, author, subject nor dates.
import { LineCapStyle, PDFDocument, rgb, type PDFPage, type RGB } from 'pdf-lib';
import type { SvgElement, SvgChild } from '../render/svg';
import type { FontFiles, FontStyle } from './fonts';
import { PdfText } from './pdf-text';

export interface PdfPage {
  pageSize: 'A4' | 'A3';
  landscape: boolean;
}

const SIZES = { A4: [595.28, 841.89], A3: [841.89, 1190.55] } as const;
const MARGIN = 28;

function colour(value: string | number | undefined): RGB | undefined {
  if (typeof value !== 'string' || value === 'none' || !value.startsWith('#')) return undefined;
  const hex = value.length === 4 ? value.replace(/#(.)(.)(.)/, '#$1$1$2$2$3$3') : value;
  const n = parseInt(hex.slice(1, 7), 16);
  return rgb(((n >> 16) & 255) / 255, ((n >> 8) & 255) / 255, (n & 255) / 255);
}

const num = (value: string | number | undefined, fallback = 0): number => (value === undefined ? fallback : Number(value));
const dashes = (value: string | number | undefined): number[] | undefined => (typeof value === 'string' ? value.split(/[\s,]+/).map(Number) : undefined);

interface Context {
  page: PDFPage;
  text: PdfText;
  scale: number;
  ox: number;
  oy: number;
  pageHeight: number;
}

function translateOf(transform: string | number | undefined): [number, number] {
  const m = typeof transform === 'string' ? /translate\(\s*(-?[\d.]+)[\s,]+(-?[\d.]+)\s*\)/.exec(transform) : null;
  return m ? [Number(m[1]), Number(m[2])] : [0, 0];
}

/** What a group passes down to its children, as in SVG (dashed lines are groups of pieces). */
const INHERITED = ['fill', 'stroke', 'stroke-width', 'stroke-dasharray', 'stroke-linecap', 'stroke-linejoin', 'font-family', 'font-size', 'font-weight', 'font-style', 'text-anchor'] as const;
type Inherited = Partial<Record<(typeof INHERITED)[number], string | number | undefined>>;

function draw(node: SvgChild, ctx: Context, tx: number, ty: number, inherited: Inherited = {}): void {
  if (typeof node === 'string') return;
  const a: Record<string, string | number | undefined> = { ...inherited, ...node.attrs };
  const X = (x: number) => ctx.ox + (tx + x) * ctx.scale;
  const Y = (y: number) => ctx.pageHeight - (ctx.oy + (ty + y) * ctx.scale);
  const stroke = colour(a.stroke);
  const fill = colour(a.fill);
  const borderWidth = num(a['stroke-width'], 1) * ctx.scale;
  const dashArray = dashes(a['stroke-dasharray'])?.map((d) => d * ctx.scale);
  switch (node.tag) {
    case 'g':
    case 'svg': {
      const [dx, dy] = translateOf(a.transform);
      const passed: Inherited = { ...inherited };
      for (const name of INHERITED) if (node.attrs[name] !== undefined) passed[name] = node.attrs[name];
      for (const child of node.children) draw(child, ctx, tx + dx, ty + dy, passed);
      return;
    }
    case 'rect': {
      const x = num(a.x);
      const y = num(a.y);
      const w = num(a.width);
      const h = num(a.height);
      const r = Math.min(num(a.rx), w / 2, h / 2);
      const d = r > 0 ? `M${x + r} ${y} H${x + w - r} A${r} ${r} 0 0 1 ${x + w} ${y + r} V${y + h - r} A${r} ${r} 0 0 1 ${x + w - r} ${y + h} H${x + r} A${r} ${r} 0 0 1 ${x} ${y + h - r} V${y + r} A${r} ${r} 0 0 1 ${x + r} ${y} Z` : `M${x} ${y} H${x + w} V${y + h} H${x} Z`;
      ctx.page.drawSvgPath(d, { x: X(0), y: Y(0), scale: ctx.scale, ...(fill ? { color: fill } : {}), ...(stroke ? { borderColor: stroke, borderWidth } : {}), ...(dashArray ? { borderDashArray: dashArray } : {}) });
      return;
    }
    case 'circle':
      ctx.page.drawCircle({ x: X(num(a.cx)), y: Y(num(a.cy)), size: num(a.r) * ctx.scale, ...(fill ? { color: fill } : {}), ...(stroke ? { borderColor: stroke, borderWidth } : {}), ...(dashArray ? { borderDashArray: dashArray } : {}) });
      return;
    case 'line':
      if (stroke) ctx.page.drawLine({ start: { x: X(num(a.x1)), y: Y(num(a.y1)) }, end: { x: X(num(a.x2)), y: Y(num(a.y2)) }, thickness: borderWidth, color: stroke, lineCap: LineCapStyle.Round, ...(dashArray ? { dashArray } : {}) });
      return;
    case 'path':
      if (typeof a.d === 'string' && a.d) ctx.page.drawSvgPath(a.d, { x: X(0), y: Y(0), scale: ctx.scale, ...(fill ? { color: fill } : {}), ...(stroke ? { borderColor: stroke, borderWidth } : {}), ...(dashArray ? { borderDashArray: dashArray } : {}) });
      return;
    case 'text': {
      const text = textOf(node);
      if (!text.trim()) return;
      const size = num(a['font-size'], 12) * ctx.scale;
      const line = ctx.text.shape(text, styleOf(a));
      const width = line.width * size;
      const anchor = a['text-anchor'];
      const x = X(num(a.x)) - (anchor === 'middle' ? width / 2 : anchor === 'end' ? width : 0);
      ctx.text.draw(ctx.page, line, x, Y(num(a.y)), size, fill ?? rgb(0, 0, 0));
      return;
    }
    default:
      return;
  }
}

const textOf = (node: SvgElement): string => node.children.filter((c): c is string => typeof c === 'string').join('');
const styleOf = (a: Inherited): FontStyle => ({ bold: Number(a['font-weight']) >= 600, italic: a['font-style'] === 'italic' });

/** Every text of the drawing with the style it is drawn in (what fonts the PDF needs). */
function textsOf(node: SvgChild, inherited: Inherited = {}): Array<{ text: string; style: FontStyle }> {
  if (typeof node === 'string') return [];
  const a: Inherited = { ...inherited };
  for (const name of INHERITED) if (node.attrs[name] !== undefined) a[name] = node.attrs[name];
  if (node.tag === 'text') return [{ text: textOf(node), style: styleOf(a) }];
  return node.children.flatMap((child) => textsOf(child, a));
}

/** One page of a multi-page PDF: an SVG tree of `width` × `height`, fitted to its paper. */
export interface PdfSheet {
  element: SvgElement;
  width: number;
  height: number;
  page: PdfPage;
}

export async function renderPdf(element: SvgElement, width: number, height: number, page: PdfPage, fontFiles: FontFiles): Promise<Uint8Array> {
  return renderPdfPages([{ element, width, height, page }], fontFiles);
}

/** Several pages in one PDF (the sheets of a synthèse), each fitted to its own paper. */
export async function renderPdfPages(sheets: readonly PdfSheet[], fontFiles: FontFiles): Promise<Uint8Array> {
  const pdf = await PDFDocument.create({ updateMetadata: false });
  const text = await PdfText.load(pdf, fontFiles, sheets.flatMap((sheet) => textsOf(sheet.element)));
  for (const { element, width, height, page } of sheets) {
    const [short, long] = SIZES[page.pageSize];
    const [pw, ph] = page.landscape ? [long, short] : [short, long];
    const pdfPage = pdf.addPage([pw, ph]);
    const scale = Math.min((pw - 2 * MARGIN) / width, (ph - 2 * MARGIN) / height);
    const ctx: Context = { page: pdfPage, text, scale, ox: (pw - width * scale) / 2, oy: (ph - height * scale) / 2, pageHeight: ph };
    draw(element, ctx, 0, 0);
  }
  text.finish();
  return pdf.save({ useObjectStreams: true });
}
