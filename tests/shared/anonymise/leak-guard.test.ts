import { zlibSync, deflateSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { findLeaks, findLeaksInStrings, guardExport, LeakError } from '../../../shared/anonymise/leak-guard';
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
    it.each(planted)('%s', async (_label, bytes) => {
      expect((await findLeaks(bytes, sensitive)).length).toBeGreaterThan(0);
    });
  });

  it('reports where the name was found, and blocks the export', async () => {
    const bytes = pngWith('tEXt', latin1('Author\u0000Thomas Girard'));
    const leaks = await findLeaks(bytes, sensitive);
    expect(leaks.map((l) => l.where)).toContain('PNG tEXt chunk');
    await expect(guardExport(bytes, sensitive)).rejects.toThrow(LeakError);
  });

  it('respects word boundaries and does not flag numbers inside coordinates', async () => {
    const withYear = sensitiveStrings({ ...laurentExample(), nodes: laurentExample().nodes.map((n, i) => (i === 0 && n.kind === 'person' ? { ...n, birthYear: 1963 } : n)) });
    expect(await findLeaks(utf8('<text>Léandre</text><path d="M1963.5 20 L-1963 4"/><svg width="1963">'), withYear)).toEqual([]);
    expect((await findLeaks(utf8('<text>née en 1963</text>'), withYear)).map((l) => l.text)).toContain('1963');
    // A transform's numbers are geometry too; the same words in any other attribute are text.
    expect(await findLeaks(utf8('<g transform="translate(1963 0)"/><g transform="scale(2) translate(40 1963)"/>'), withYear)).toEqual([]);
    expect((await findLeaks(utf8('<g aria-label="née(1963)"/>'), withYear)).map((l) => l.text)).toContain('1963');
    expect((await findLeaks(utf8('<g transform="translate(0 0)" aria-label="en 1963"/>'), withYear)).map((l) => l.text)).toContain('1963');
    // A case file's coordinates are geometry, its years are dates.
    expect(await findLeaks(utf8('{"nodes":[{"position":{"x":1963,"y":-1963},"width":1963}]}'), withYear)).toEqual([]);
    expect((await findLeaks(utf8('{"nodes":[{"position":{"x":0,"y":0},"birthYear":1963}]}'), withYear)).map((l) => l.text)).toContain('1963');
    // A PDF's drawing operators are geometry: a year is looked for in its text only.
    const pdf = concatBytes(latin1('%PDF-1.7\n1 0 obj << /Filter /FlateDecode >>\nstream\n'), zlibSync(latin1('1963 20 m 40 1963 l S')), latin1('\nendstream\nendobj\n%%EOF'));
    expect(await findLeaks(pdf, withYear)).toEqual([]);
  });

  it('reads a PNG through its chunks: compressed pixels cannot raise false alarms', async () => {
    // Image data that happens to spell a name once inflated is still only pixels.
    const idat = pngWith('IDAT', zlibSync(utf8('\u0000Léa 59 Léa')));
    expect(await findLeaks(idat, sensitive)).toEqual([]);
    expect((await findLeaks(pngWith('tEXt', latin1('Comment\u0000Léa')), sensitive)).map((l) => l.where)).toEqual(['PNG tEXt chunk']);
  });

  it('lets through a clean file', async () => {
    await expect(guardExport(utf8('<svg><text>Mère</text><text>Fils aîné (14-15 ans)</text></svg>'), sensitive)).resolves.toBeInstanceOf(Uint8Array);
  });

  describe('reads names as a reader does', () => {
    const needles = (...texts: string[]) => texts.map((text) => ({ text, source: 'person' }));
    const found = async (bytes: Uint8Array, ...texts: string[]) => (await findLeaks(bytes, needles(...texts))).map((l) => l.text);

    it.each([
      ['a soft hyphen', 'Lau\u00ADrent'],
      ['a zero-width space', 'Lau\u200Brent'],
      ['a zero-width joiner', 'Lau\u200Drent'],
      ['a word joiner', 'Lau\u2060rent'],
      ['decomposed accents', 'Le\u0301a'],
      ['fullwidth letters', 'Ｌａｕｒｅｎｔ'],
    ])('with %s in the file or in the name', async (_label, written) => {
      expect(await found(utf8(`<text>${written}</text>`), 'Laurent', 'Léa')).toHaveLength(1);
      expect(await found(utf8('<text>Laurent, Léa</text>'), written)).toEqual([written]);
    });

    it.each([
      ['Ødegård', 'Odegard'],
      ['Łukasz', 'Lukasz'],
      ['Æsa', 'Aesa'],
      ['Strauß', 'STRAUSS'],
      ['Đorđe', 'Dorde'],
      ['Þór', 'Thor'],
      ['Cœur', 'Coeur'],
    ])('%s as %s, and the other way round', async (name, spelled) => {
      expect(await found(utf8(`<text>${spelled}</text>`), name)).toEqual([name]);
      expect(await found(utf8(`<text>${name}</text>`), spelled)).toEqual([spelled]);
    });

    it('names of one or two letters, as whole words of the visible text only', async () => {
      expect(await found(utf8('<svg><text>Ami·e de X</text></svg>'), 'X')).toEqual(['X']);
      expect(await found(utf8('<svg><text>Li</text></svg>'), 'Li')).toEqual(['Li']);
      // In markup, letters are attribute names and path commands, not names.
      expect(await found(utf8('<svg><path d="M 0 0 X 4 Li 2" x="1"/><text>Mère</text></svg>'), 'X', 'Li')).toEqual([]);
      expect(await found(utf8('<svg><text>Xavier, Lino</text></svg>'), 'X', 'Li')).toEqual([]);
      expect(await found(utf8('{"name":"Li","id":"x"}'), 'Li')).toEqual(['Li']);
    });

    it('the app\'s own words are not a short name', async () => {
      const vocabulary = ['Professionnel·le', 'Situation A'];
      const leaks = await findLeaks(utf8('<svg><text>Situation A</text><text>Professionnel·le</text></svg>'), needles('Le', 'A'), { vocabulary });
      expect(leaks).toEqual([]);
      const typed = await findLeaks(utf8('<svg><text>Situation A</text><text>Le</text></svg>'), needles('Le', 'A'), { vocabulary });
      expect(typed.map((l) => l.text)).toEqual(['Le']);
    });

    it('a word cut short by an ellipsis, when it begins a name', async () => {
      const leaks = await findLeaks(utf8('<svg><text>Vanderschuerenbr…</text></svg>'), needles('Vanderschuerenbroeck'));
      expect(leaks.map((l) => l.where)).toEqual(['text (cut short: “vanderschuerenbr…”)']);
      expect(await found(utf8('<svg><text>Grand-mè…</text></svg>'), 'Vanderschuerenbroeck')).toEqual([]);
    });

    it('strings about to be drawn, whatever their form', () => {
      const leaks = findLeaksInStrings([{ where: 'title', text: 'Situation Lau\u200Brent' }, { where: 'file name', text: 'formation-x.svg' }], needles('Laurent', 'X'));
      expect(leaks.map((l) => `${l.text} in ${l.where}`)).toEqual(['Laurent in title', 'X in file name']);
    });
  });
});
