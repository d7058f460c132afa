// Text in a PDF as a reader sees it and as a person reads it: every name printed (accents, Polish,
// Greek, Cyrillic, Arabic, Hebrew; the ⚖ mark), and extracted again by any PDF reader in the
// right order. The text is split by direction (Unicode bidi, bidi-js) and by the font that has its
// letters (Noto Sans and its companions, see fonts.ts), shaped by fontkit (Arabic joining, marks,
// kerning, ligatures), and each glyph is placed where the shaper put it.
//
// Why not pdf-lib's drawText with an embedded font: it ignores the shaper's positions (Arabic dots
// land beside their letters) and its subsetter (@pdf-lib/fontkit 1.1.1, unmaintained since 2021)
// corrupts Noto Sans Arabic's glyphs. Here fontkit 2 subsets, and the font objects are written by
// hand: a Type 0 font with Identity-H encoding, glyph widths and a ToUnicode map.
import bidiFactory from 'bidi-js';
import { create as openFont, type Font, type Glyph, type Subset } from 'fontkit';
import {
  PDFHexString,
  PDFNumber,
  PDFOperator,
  PDFOperatorNames,
  PDFString,
  beginText,
  endText,
  popGraphicsState,
  pushGraphicsState,
  setFillingColor,
  setFontAndSize,
  setTextMatrix,
  setTextRise,
  type Color,
  type PDFArray,
  type PDFContext,
  type PDFDocument,
  type PDFName,
  type PDFPage,
  type PDFRef,
} from 'pdf-lib';
import { covers, fontFaces, woffToSfnt, type FontFace, type FontFiles, type FontStyle } from './fonts';

const bidi = bidiFactory();

/** Drawn as nothing, but kept for shaping: the joiners change how Arabic letters join. */
const JOINERS = new Set([0x200c, 0x200d]);
const JOINER = /[\u200c\u200d]/g;
const IGNORABLE = /\p{Default_Ignorable_Code_Point}/u;
/** Scripts whose letters are drawn one glyph per character, left to right, with no marks. */
const SIMPLE_SCRIPT = /^[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{Script=Common}]*$/u;

class EmbeddedFace {
  readonly ref: PDFRef;
  private readonly subset: Subset;
  private readonly cids = new Map<number, number>();
  private readonly widths: number[] = [];
  private readonly unicode = new Map<number, string>();
  private keyOnPage = new Map<PDFPage, PDFName>();
  /** Runs already shaped, by direction and text: labels repeat. */
  readonly shaped = new Map<string, PlacedGlyph[]>();

  constructor(
    readonly face: FontFace,
    readonly font: Font,
    private readonly tag: string,
    context: PDFContext,
  ) {
    this.ref = context.nextRef();
    this.subset = font.createSubset();
    this.widths[0] = font.glyphForCodePoint(0)?.advanceWidth ?? 0;
  }

  /** The glyph's id in the subset, which is also its code in the PDF (Identity-H, CIDToGIDMap Identity). */
  cid(glyph: Glyph): number {
    let cid = this.cids.get(glyph.id);
    if (cid === undefined) {
      cid = this.subset.includeGlyph(glyph.id);
      this.cids.set(glyph.id, cid);
      this.widths[cid] = glyph.advanceWidth;
    }
    if (!this.unicode.has(cid)) {
      const text = String.fromCodePoint(...glyph.codePoints.filter((c) => !IGNORABLE.test(String.fromCodePoint(c))));
      if (text) this.unicode.set(cid, text);
    }
    return cid;
  }

  fontKey(page: PDFPage): PDFName {
    let key = this.keyOnPage.get(page);
    if (!key) {
      key = page.node.newFontDictionary(this.tag, this.ref);
      this.keyOnPage.set(page, key);
    }
    return key;
  }

  write(context: PDFContext): void {
    const { font } = this;
    const scale = 1000 / font.unitsPerEm;
    const file = this.subset.encode();
    const name = `${this.tag}+${font.postscriptName.replace(/[^\x21-\x7e]|[/()<>[\]{}%#]/g, '')}`;
    const descriptor = context.obj({
      Type: 'FontDescriptor',
      FontName: name,
      // Symbolic: the glyphs are reached by id, not through a standard encoding.
      Flags: 4,
      FontBBox: [font.bbox.minX, font.bbox.minY, font.bbox.maxX, font.bbox.maxY].map((v) => Math.round(v * scale)),
      ItalicAngle: font.italicAngle,
      Ascent: Math.round(font.ascent * scale),
      Descent: Math.round(font.descent * scale),
      CapHeight: Math.round((font.capHeight || font.ascent) * scale),
      StemV: this.face.bold ? 120 : 80,
      FontFile2: context.register(context.flateStream(file, { Length1: file.length })),
    });
    const widths = Array.from({ length: this.widths.length }, (_, cid) => Math.round((this.widths[cid] ?? 0) * scale));
    const descendant = context.obj({
      Type: 'Font',
      Subtype: 'CIDFontType2',
      BaseFont: name,
      CIDSystemInfo: context.obj({ Registry: PDFString.of('Adobe'), Ordering: PDFString.of('Identity'), Supplement: 0 }),
      FontDescriptor: context.register(descriptor),
      W: [0, widths],
      CIDToGIDMap: 'Identity',
    });
    context.assign(
      this.ref,
      context.obj({
        Type: 'Font',
        Subtype: 'Type0',
        BaseFont: name,
        Encoding: 'Identity-H',
        DescendantFonts: [context.register(descendant)],
        ToUnicode: context.register(context.flateStream(toUnicodeCMap(this.unicode))),
      }),
    );
  }
}

const hex4 = (n: number) => n.toString(16).toUpperCase().padStart(4, '0');

function utf16Hex(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) out += hex4(text.charCodeAt(i));
  return out;
}

function toUnicodeCMap(unicode: ReadonlyMap<number, string>): string {
  const entries = [...unicode].sort(([a], [b]) => a - b);
  const blocks: string[] = [];
  for (let i = 0; i < entries.length; i += 100) {
    const block = entries.slice(i, i + 100);
    blocks.push(`${block.length} beginbfchar\n${block.map(([cid, text]) => `<${hex4(cid)}> <${utf16Hex(text)}>`).join('\n')}\nendbfchar`);
  }
  return [
    '/CIDInit /ProcSet findresource begin',
    '12 dict begin',
    'begincmap',
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
    '/CMapName /Adobe-Identity-UCS def',
    '/CMapType 2 def',
    '1 begincodespacerange',
    '<0000> <FFFF>',
    'endcodespacerange',
    ...blocks,
    'endcmap',
    'CMapName currentdict /CMap defineresource pop',
    'end',
    'end',
  ].join('\n');
}

interface PlacedGlyph {
  /** Its code in the font; none for a glyph drawn as a shape (see `path`). */
  cid?: number;
  /**
   * A glyph that stands for no character of its own (an Arabic dot the shaper split from its
   * letter) is drawn as a shape, outside the text. Why: as text, a reader extracts it as a control
   * character, or on a line of its own when it is raised, and the name is cut in two.
   */
  path?: string;
  /** In font units. */
  advance: number;
  width: number;
  xOffset: number;
  yOffset: number;
}

interface Segment {
  face: EmbeddedFace;
  glyphs: PlacedGlyph[];
  /** In font units. */
  advance: number;
}

/** A line of text shaped and in visual order (left to right), ready to be measured and drawn. */
export interface ShapedLine {
  segments: readonly Segment[];
  /** Width at a font size of 1. */
  width: number;
}

/** Fonts already read and parsed, by loader and file: a second export in a session starts at once. */
const opened = new WeakMap<FontFiles, Map<string, Promise<Font>>>();

function openCached(files: FontFiles, file: string): Promise<Font> {
  let byFile = opened.get(files);
  if (!byFile) {
    byFile = new Map();
    opened.set(files, byFile);
  }
  let font = byFile.get(file);
  if (!font) {
    // Opened as TrueType: fontkit reads a WOFF file's tables by inflating them again at each access.
    font = files(file).then((bytes) => openFont(woffToSfnt(bytes)));
    // A failed read is not remembered: the next export tries again.
    font.catch(() => byFile.delete(file));
    byFile.set(file, font);
  }
  return font;
}

const styleKey = (style: FontStyle) => `${style.bold ? 'b' : ''}${style.italic ? 'i' : ''}`;

export class PdfText {
  private readonly embedded = new Map<string, EmbeddedFace>();
  private readonly faces = new Map<string, readonly FontFace[]>();

  private constructor(
    private readonly pdf: PDFDocument,
    private readonly fonts: ReadonlyMap<string, Font>,
  ) {}

  /** Loads every font file that some character of `texts` needs, and nothing else. */
  static async load(pdf: PDFDocument, files: FontFiles, texts: ReadonlyArray<{ text: string; style: FontStyle }>): Promise<PdfText> {
    const needed = new Set<string>();
    for (const { text, style } of texts) {
      const faces = fontFaces(style);
      // The first face always: .notdef, spaces and anything no face covers fall back on it.
      needed.add((faces[0] as FontFace).file);
      for (const c of new Set(text.normalize('NFC'))) {
        const codePoint = c.codePointAt(0) as number;
        for (const face of faces) if (covers(face, codePoint)) needed.add(face.file);
      }
    }
    const fonts = new Map<string, Font>();
    await Promise.all([...needed].map(async (file) => fonts.set(file, await openCached(files, file))));
    return new PdfText(pdf, fonts);
  }

  private facesOf(style: FontStyle): readonly FontFace[] {
    const key = styleKey(style);
    let faces = this.faces.get(key);
    if (!faces) {
      faces = fontFaces(style).filter((f) => this.fonts.has(f.file));
      this.faces.set(key, faces);
    }
    return faces;
  }

  private embed(face: FontFace): EmbeddedFace {
    let embedded = this.embedded.get(face.file);
    if (!embedded) {
      const n = this.embedded.size;
      // A subset's name starts with six capital letters of its own.
      const tag = `MLG${String.fromCharCode(65 + Math.floor(n / 676) % 26, 65 + Math.floor(n / 26) % 26, 65 + (n % 26))}`;
      embedded = new EmbeddedFace(face, this.fonts.get(face.file) as Font, tag, this.pdf.context);
      this.embedded.set(face.file, embedded);
    }
    return embedded;
  }

  /** The face that draws a character: the one in use if it has it (a run stays in one font), else the first that does. */
  private faceFor(codePoint: number, faces: readonly FontFace[], current: FontFace | undefined): FontFace {
    if (current && this.fonts.get(current.file)?.hasGlyphForCodePoint(codePoint)) return current;
    return faces.find((f) => covers(f, codePoint) && this.fonts.get(f.file)?.hasGlyphForCodePoint(codePoint)) ?? (faces[0] as FontFace);
  }

  shape(raw: string, style: FontStyle): ShapedLine {
    const text = raw.normalize('NFC');
    const faces = this.facesOf(style);
    // The diagram's text is left-to-right, as in the SVG: a right-to-left name is a run inside it.
    const { levels } = bidi.getEmbeddingLevels(text, 'ltr');
    const runs: Array<{ face: FontFace; level: number; text: string }> = [];
    let current: FontFace | undefined;
    for (let i = 0; i < text.length; ) {
      const codePoint = text.codePointAt(i) as number;
      const c = String.fromCodePoint(codePoint);
      const level = levels[i] ?? 0;
      i += c.length;
      if (IGNORABLE.test(c) && !JOINERS.has(codePoint)) continue;
      const face = JOINERS.has(codePoint) && current ? current : this.faceFor(codePoint, faces, current);
      current = face;
      // Brackets face the other way in a right-to-left run.
      const drawn = level % 2 === 1 ? (bidi.getMirroredCharacter(c) ?? c) : c;
      const last = runs[runs.length - 1];
      if (last && last.face === face && last.level === level) last.text += drawn;
      else runs.push({ face, level, text: drawn });
    }
    // Unicode's rule L2: from the highest level down to the lowest odd one, reverse every sequence
    // of runs at that level or higher. Inside a run the shaper already gives glyphs in visual order.
    const order = runs.map((_, i) => i);
    const maxLevel = Math.max(0, ...runs.map((r) => r.level));
    for (let level = maxLevel; level >= 1; level--) {
      for (let i = 0; i < order.length; ) {
        if ((runs[order[i] as number]?.level ?? 0) < level) {
          i++;
          continue;
        }
        let j = i;
        while (j < order.length && (runs[order[j] as number]?.level ?? 0) >= level) j++;
        order.splice(i, j - i, ...order.slice(i, j).reverse());
        i = j;
      }
    }
    const segments: Segment[] = [];
    let width = 0;
    for (const index of order) {
      const run = runs[index] as (typeof runs)[number];
      const embedded = this.embed(run.face);
      const { font } = embedded;
      const glyphs = this.glyphsOf(embedded, run.text, run.level % 2 === 1);
      const advance = glyphs.reduce((sum, g) => sum + g.advance, 0);
      segments.push({ face: embedded, glyphs, advance });
      width += advance / font.unitsPerEm;
    }
    return { segments, width };
  }

  /**
   * The glyphs of one run, placed. Letters of scripts that need no shaping (Latin, Greek,
   * Cyrillic, with accents precomposed) are read straight from the font's character map with
   * their own widths. Why: fontkit's full layout costs about a millisecond per label, too much
   * for the hundreds of labels of a large case; what it adds there (kerning) barely shows.
   */
  private glyphsOf(embedded: EmbeddedFace, text: string, rtl: boolean): PlacedGlyph[] {
    const { font } = embedded;
    const key = `${rtl ? 'r' : 'l'}${text}`;
    const cached = embedded.shaped.get(key);
    if (cached) return cached;
    let glyphs: PlacedGlyph[];
    const plain = text.replace(JOINER, '');
    if (!rtl && SIMPLE_SCRIPT.test(plain)) {
      // Joiners join nothing in these scripts: they are left out.
      glyphs = font.glyphsForString(plain).map((glyph) => ({ cid: embedded.cid(glyph), advance: glyph.advanceWidth, width: glyph.advanceWidth, xOffset: 0, yOffset: 0 }));
    } else {
      const shaped = font.layout(text, undefined, undefined, undefined, rtl ? 'rtl' : 'ltr');
      glyphs = shaped.glyphs.map((glyph, g): PlacedGlyph => {
        const position = shaped.positions[g] as (typeof shaped.positions)[number];
        const placed = { advance: position.xAdvance, width: glyph.advanceWidth, xOffset: position.xOffset, yOffset: position.yOffset };
        // A glyph that stands for no visible character (a dot split from its letter, a joiner).
        const standsForText = glyph.codePoints.some((c) => !IGNORABLE.test(String.fromCodePoint(c)));
        return !standsForText && glyph.id !== 0 ? { ...placed, path: glyph.path.scale(1, -1).toSVG() } : { ...placed, cid: embedded.cid(glyph) };
      });
    }
    embedded.shaped.set(key, glyphs);
    return glyphs;
  }

  /** Draws a shaped line with its left end at (x, y), the baseline, in PDF coordinates. */
  draw(page: PDFPage, line: ShapedLine, x: number, y: number, size: number, colour: Color): void {
    const operators: PDFOperator[] = [pushGraphicsState(), beginText(), setFillingColor(colour)];
    const shapes: Array<{ path: string; x: number; y: number; scale: number }> = [];
    let penX = x;
    for (const segment of line.segments) {
      const { font } = segment.face;
      const toText = 1000 / font.unitsPerEm;
      const toPage = size / font.unitsPerEm;
      let glyphX = penX;
      operators.push(setFontAndSize(segment.face.fontKey(page), size), setTextMatrix(1, 0, 0, 1, round(penX), round(y)));
      // One TJ per stretch of glyphs on the baseline; its numbers move the pen by what the shaper
      // asked beyond each glyph's own width (kerning, marks). A raised mark gets a text rise.
      let items: Array<PDFHexString | PDFNumber> = [];
      let pending = 0;
      let rise = 0;
      const flush = () => {
        if (items.length) operators.push(PDFOperator.of(PDFOperatorNames.ShowTextAdjusted, [page.doc.context.obj(items) as PDFArray]));
        items = [];
      };
      const move = (units: number) => {
        pending += units;
      };
      const pushPending = () => {
        if (Math.abs(pending) > 0.001) items.push(PDFNumber.of(round(-pending * toText)));
        pending = 0;
      };
      for (const glyph of segment.glyphs) {
        const origin = glyphX;
        glyphX += glyph.advance * toPage;
        if (glyph.cid === undefined) {
          if (glyph.path) shapes.push({ path: glyph.path, x: origin + glyph.xOffset * toPage, y: y + glyph.yOffset * toPage, scale: toPage });
          move(glyph.advance);
          continue;
        }
        const glyphRise = glyph.yOffset * toPage;
        if (Math.abs(glyphRise - rise) > 0.001) {
          pushPending();
          flush();
          operators.push(setTextRise(round(glyphRise)));
          rise = glyphRise;
        }
        move(glyph.xOffset);
        pushPending();
        items.push(PDFHexString.of(hex4(glyph.cid)));
        move(glyph.advance - glyph.xOffset - glyph.width);
      }
      pushPending();
      flush();
      if (rise) operators.push(setTextRise(0));
      penX += (segment.advance * size) / font.unitsPerEm;
    }
    operators.push(endText(), popGraphicsState());
    page.pushOperators(...operators);
    for (const shape of shapes) page.drawSvgPath(shape.path, { x: round(shape.x), y: round(shape.y), scale: shape.scale, color: colour, borderWidth: 0 });
  }

  /** Writes the fonts used, each reduced to the glyphs drawn. Call once, after the last draw. */
  finish(): void {
    for (const embedded of this.embedded.values()) embedded.write(this.pdf.context);
  }
}

const round = (n: number) => Math.round(n * 100) / 100;
