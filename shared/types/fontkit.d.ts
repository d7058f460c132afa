// The part of fontkit 2 that the PDF export uses. Declared here rather than taken from
// @types/fontkit, which pulls in Node's types (shared/ compiles without them, on purpose).
declare module 'fontkit' {
  export interface Glyph {
    id: number;
    codePoints: number[];
    advanceWidth: number;
    /** The outline, in font units, y upwards. */
    path: Path;
  }
  export interface Path {
    scale(x: number, y?: number): Path;
    toSVG(): string;
  }
  export interface GlyphPosition {
    xAdvance: number;
    yAdvance: number;
    xOffset: number;
    yOffset: number;
  }
  export interface GlyphRun {
    glyphs: Glyph[];
    positions: GlyphPosition[];
    direction: 'ltr' | 'rtl';
  }
  export interface Subset {
    /** The new id of `glyph` in the subset (0 is .notdef). */
    includeGlyph(glyph: number | Glyph): number;
    /** The subset as a TrueType file. */
    encode(): Uint8Array;
  }
  export interface Font {
    postscriptName: string;
    unitsPerEm: number;
    ascent: number;
    descent: number;
    capHeight: number;
    italicAngle: number;
    bbox: { minX: number; minY: number; maxX: number; maxY: number };
    hasGlyphForCodePoint(codePoint: number): boolean;
    glyphForCodePoint(codePoint: number): Glyph;
    /** One glyph per character, from the character map only: no shaping. */
    glyphsForString(text: string): Glyph[];
    layout(text: string, features?: string[] | Record<string, boolean>, script?: string, language?: string, direction?: 'ltr' | 'rtl'): GlyphRun;
    createSubset(): Subset;
  }
  export function create(data: Uint8Array, postscriptName?: string): Font;
}
