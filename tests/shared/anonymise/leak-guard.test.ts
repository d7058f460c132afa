import { zlibSync, deflateSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { findLeaks, guardExport, LeakError } from '../../../shared/anonymise/leak-guard';
import { sensitiveStrings } from '../../../shared/anonymise/sensitive';
import { concatBytes, toBase64, utf8 } from '../../../shared/crypto/bytes';
import { laurentExample } from '../../../shared/examples/laurent';

const sensitive = sensitiveStrings(laurentExample());
const latin1 = (text: string) => Uint8Array.from([...text].map((c) => c.charCodeAt(0) & 0xff));

function pngWith(type: string, data: Uint8Array): Uint8Array {
  const header = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const chunk = (t: string, body: Uint8Array) => {
    const length = new Uint8Array(4);
    new DataView(length.buffer).setUint32(0, body.length);
    return concatBytes(length, latin1(t), body, new Uint8Array(4));
  };
  return concatBytes(header, chunk('IHDR', new Uint8Array(13)), chunk(type, data), chunk('IEND', new Uint8Array(0)));
}

describe('leak guard', () => {
  it('lists what it looks for: names and their parts, institution names without generic words, notes, dates', () => {
    const texts = sensitive.map((s) => s.text);
    expect(texts).toEqual(expect.arrayContaining(['Sophie Laurent', 'Sophie', 'Laurent', 'Moreau', 'Léa', 'Rossi', 'Jean', 'Jaurès', 'Habitat', 'Enzo', 'Foyer de Sophie']));
    expect(texts).not.toContain('Collège');
    expect(texts).not.toContain('Mme');
  });

  describe('finds a name planted anywhere', () => {
    const planted: Array<[string, Uint8Array]> = [
      ['in text', utf8('<svg><text>Fils aîné</text><text>Enzo</text></svg>')],
      ['in an attribute', utf8('<svg><g aria-label="Sophie Laurent"/></svg>')],
      ['in metadata', utf8('<svg><metadata><dc:creator>Claire Dubois</dc:creator></metadata></svg>')],
      ['in a comment', utf8('<svg><!-- drawn for Moreau family --></svg>')],
      ['with other case and accents', utf8('<text>LEA</text>')],
      ['with another Unicode form', utf8('<text>Le\u0301a</text>')],
      ['as XML entities', utf8('<text>L&#233;a</text>')],
      ['in a base64 data URI', utf8(`<image href="data:text/plain;base64,${toBase64(utf8('note: Rossi garde Noah'))}"/>`)],
      ['in a zlib stream', zlibSync(utf8('Haddad'))],
      ['in a PNG text chunk', pngWith('tEXt', latin1('Author\u0000Thomas Girard'))],
      ['in a compressed PNG text chunk', pngWith('zTXt', concatBytes(latin1('Comment\u0000\u0000'), zlibSync(utf8('Paul Martin'))))],
      ['in a PDF compressed stream', concatBytes(latin1('%PDF-1.7\n1 0 obj << /Filter /FlateDecode >>\nstream\n'), zlibSync(latin1('BT /F1 12 Tf (Monique) Tj ET')), latin1('\nendstream\nendobj\n%%EOF'))],
      ['in a PDF info string with escapes', latin1('%PDF-1.7\n<< /Author (Lef\\350vre) >>\n%%EOF')],
      ['in a PDF UTF-16 hex string', latin1('%PDF-1.7\n<< /Title <FEFF00530061006E00640072006100200050006500740069007400> >>\n%%EOF')],
      ['in raw deflate', deflateSync(utf8('Nadia'))],
    ];
    it.each(planted)('%s', (_label, bytes) => {
      expect(findLeaks(bytes, sensitive).length).toBeGreaterThan(0);
    });
  });

  it('reports where the name was found, and blocks the export', () => {
    const bytes = pngWith('tEXt', latin1('Author\u0000Thomas Girard'));
    const leaks = findLeaks(bytes, sensitive);
    expect(leaks.map((l) => l.where)).toContain('PNG tEXt chunk');
    expect(() => guardExport(bytes, sensitive)).toThrow(LeakError);
  });

  it('respects word boundaries and does not flag numbers inside coordinates', () => {
    const withYear = sensitiveStrings({ ...laurentExample(), nodes: laurentExample().nodes.map((n, i) => (i === 0 && n.kind === 'person' ? { ...n, birthYear: 1963 } : n)) });
    expect(findLeaks(utf8('<text>Léandre</text><path d="M1963.5 20 L-1963 4"/><svg width="1963">'), withYear)).toEqual([]);
    expect(findLeaks(utf8('<text>née en 1963</text>'), withYear).map((l) => l.text)).toContain('1963');
    // A transform's numbers are geometry too; the same words in any other attribute are text.
    expect(findLeaks(utf8('<g transform="translate(1963 0)"/><g transform="scale(2) translate(40 1963)"/>'), withYear)).toEqual([]);
    expect(findLeaks(utf8('<g aria-label="née(1963)"/>'), withYear).map((l) => l.text)).toContain('1963');
    expect(findLeaks(utf8('<g transform="translate(0 0)" aria-label="en 1963"/>'), withYear).map((l) => l.text)).toContain('1963');
  });

  it('reads a PNG through its chunks: compressed pixels cannot raise false alarms', () => {
    // Image data that happens to spell a name once inflated is still only pixels.
    const idat = pngWith('IDAT', zlibSync(utf8('\u0000Léa 59 Léa')));
    expect(findLeaks(idat, sensitive)).toEqual([]);
    expect(findLeaks(pngWith('tEXt', latin1('Comment\u0000Léa')), sensitive).map((l) => l.where)).toEqual(['PNG tEXt chunk']);
  });

  it('lets through a clean file', () => {
    expect(guardExport(utf8('<svg><text>Mère</text><text>Fils aîné (14-15 ans)</text></svg>'), sensitive)).toBeInstanceOf(Uint8Array);
  });
});
