import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { findLeaks, LeakError } from '../../../shared/anonymise/leak-guard';
import { fromUtf8 } from '../../../shared/crypto/bytes';
import { laurentExample } from '../../../shared/examples/laurent';
import { exportFile, exportFileName, prepareExport } from '../../../shared/export/export';
import { layoutCase } from '../../../shared/genogram/layout';
import { restoreCase } from '../../../shared/model/restore';
import { diagramElement } from '../../../shared/render/diagram';
import { legendEntries } from '../../../shared/render/legend';
import { readPdfText } from '../../../shared/anonymise/pdf-reader';
import { nodeEnvironment } from './environment';

const doc = layoutCase(laurentExample());
const anonymised = prepareExport(doc, { anonymise: true, locale: 'fr' });
const full = prepareExport(doc, { anonymise: false, locale: 'fr' });
const svgOf = async (prepared: typeof full) => fromUtf8(await exportFile(prepared, 'svg', nodeEnvironment));

/**
 * The share of points of a drawing, on a grid, where two images of it have the same colour; `atA`
 * and `atB` map a point of the drawing to each image. A point matches a neighbour up to 2 pixels
 * away: two engines may put an edge half a pixel apart.
 */
function samePixels(a: PNG, b: PNG, width: number, height: number, atA: (x: number, y: number) => [number, number], atB: (x: number, y: number) => [number, number]): number {
  const colour = (png: PNG, x: number, y: number) => {
    const i = (png.width * Math.round(y) + Math.round(x)) * 4;
    return [png.data[i] ?? 0, png.data[i + 1] ?? 0, png.data[i + 2] ?? 0];
  };
  let same = 0;
  let total = 0;
  for (let y = 4; y < height; y += 9) {
    for (let x = 4; x < width; x += 9) {
      const [ax, ay] = atA(x, y);
      const [bx, by] = atB(x, y);
      const ca = colour(a, ax, ay);
      let matched = false;
      for (let dy = -2; dy <= 2 && !matched; dy++) for (let dx = -2; dx <= 2 && !matched; dx++) matched = colour(b, bx + dx, by + dy).every((v, k) => Math.abs(v - (ca[k] as number)) <= 24);
      total++;
      if (matched) same++;
    }
  }
  return same / total;
}

describe('exports', () => {
  it('SVG of the worked example, full and anonymised, as reviewed', async () => {
    await expect(await svgOf(full)).toMatchFileSnapshot('__snapshots__/laurent-full.svg');
    await expect(await svgOf(anonymised)).toMatchFileSnapshot('__snapshots__/laurent-anonymised.svg');
  });

  it('anonymised SVG, JSON, PDF and PNG pass the leak guard, and the PDF carries no metadata', { timeout: 60_000 }, async () => {
    const pdf = await exportFile(anonymised, 'pdf', nodeEnvironment);
    for (const format of ['svg', 'json', 'png'] as const) expect(await findLeaks(await exportFile(anonymised, format, nodeEnvironment), anonymised.sensitive), format).toEqual([]);
    expect(await findLeaks(pdf, anonymised.sensitive)).toEqual([]);
    const text = new TextDecoder('latin1').decode(pdf);
    expect(text.startsWith('%PDF-')).toBe(true);
    expect(text).not.toMatch(/\/(Author|Title|Subject|Keywords|Creator|Producer)\b/);
  });

  it('keeps what every link teaches in every anonymised format: the quality of an intervention, relations, mandates, measures', { timeout: 60_000 }, async () => {
    // The educator's AEMO with Enzo has broken down ("Rupture": drawn nowhere else in the example).
    const example = laurentExample();
    const broken = layoutCase({ ...example, links: example.links.map((l) => (l.kind === 'intervention' && l.measure === 'aemo' ? { ...l, quality: 'cut-off' as const } : l)) });
    // Ids, notes and dates aside, every link reads the same.
    const { links: fullLinks } = prepareExport(broken, { anonymise: false, locale: 'fr' }).doc;
    const training = prepareExport(broken, { anonymise: true, locale: 'fr' });
    const teaching = (l: Record<string, unknown>) => Object.fromEntries(Object.entries(l).filter(([k]) => !['id', 'notes', 'a', 'b', 'from', 'to', 'parent', 'child', 'since', 'until', 'startYear', 'endYear', 'date'].includes(k)));
    expect(training.doc.links.map(teaching)).toEqual(fullLinks.map(teaching));
    expect(legendEntries(training.doc, 'fr').map((e) => e.key)).toEqual(legendEntries(broken, 'fr').map((e) => e.key));
    const json = JSON.parse(fromUtf8(await exportFile(training, 'json', nodeEnvironment))) as { links: { kind: string; quality?: string; mandate?: string }[] };
    expect(json.links.filter((l) => l.kind === 'intervention').map((l) => l.quality ?? '')).toContain('cut-off');
    const rasterised: string[] = [];
    const seeing = { ...nodeEnvironment, rasterise: (svg: string) => (rasterised.push(svg), nodeEnvironment.rasterise?.(svg) as Promise<Uint8Array>) };
    const svg = fromUtf8(await exportFile(training, 'svg', nodeEnvironment));
    await exportFile(training, 'png', seeing);
    const pdf = (await readPdfText(await exportFile(training, 'pdf', nodeEnvironment))).join('\n');
    for (const [format, text] of [['svg', svg], ['png', rasterised[0] ?? ''], ['pdf', pdf]] as const) {
      expect(text, format).toContain('Rupture');
      expect(text, format).toContain('Intervention judiciaire');
      expect(text, format).toContain('Fils aîné');
      expect(text, format).toContain('AEMO');
    }
  });

  it('a full export does contain the names (it is for practice), and is never guarded away', async () => {
    const svg = await exportFile(full, 'svg', nodeEnvironment);
    expect(fromUtf8(svg)).toContain('Sophie Laurent');
    expect((await findLeaks(svg, anonymised.sensitive)).length).toBeGreaterThan(0);
  });

  it('the anonymised JSON is a case Maillage can import again', async () => {
    const restored = restoreCase(JSON.parse(fromUtf8(await exportFile(anonymised, 'json', nodeEnvironment))));
    expect(restored.ok && restored.repairs).toEqual([]);
  });

  it('blocks an anonymised export whose user-chosen label is a name', async () => {
    const sophie = doc.nodes.find((n) => n.name === 'Sophie Laurent')?.id as string;
    const leaky = prepareExport(doc, { anonymise: true, locale: 'fr', overrides: new Map([[sophie, 'Sophie L.']]) });
    await expect(exportFile(leaky, 'svg', nodeEnvironment)).rejects.toThrow(LeakError);
  });

  it('gives files neutral names', () => {
    expect(exportFileName(anonymised, 'svg')).toBe('formation-situation-a.svg');
    expect(exportFileName(prepareExport(doc, { anonymise: true, locale: 'en', title: 'Ødegård' }), 'png')).toBe('training-odegard.png');
    expect(exportFileName(full, 'pdf')).toBe('situation.pdf');
  });

  it('draws the PDF as the SVG: A4 landscape and A3 portrait, turned into images by pdftoppm', { timeout: 60_000 }, async () => {
    mkdirSync('test-results', { recursive: true });
    const a4 = await exportFile(anonymised, 'pdf', { ...nodeEnvironment, page: { pageSize: 'A4', landscape: true } });
    const a3 = await exportFile(full, 'pdf', { ...nodeEnvironment, page: { pageSize: 'A3', landscape: false } });
    writeFileSync('test-results/laurent-anonymised-a4.pdf', a4);
    writeFileSync('test-results/laurent-full-a3.pdf', a3);
    expect(execFileSync('pdfinfo', ['test-results/laurent-anonymised-a4.pdf'], { encoding: 'utf8' })).toMatch(/Page size:\s+841\.89 x 595\.28 pts/);
    expect(execFileSync('pdfinfo', ['test-results/laurent-full-a3.pdf'], { encoding: 'utf8' })).toMatch(/Page size:\s+841\.89 x 1190\.55 pts/);
    const words = execFileSync('pdftotext', ['test-results/laurent-anonymised-a4.pdf', '-'], { encoding: 'utf8' });
    expect(words).toContain('Grand-mère');
    expect(words).toContain('Situation A');
    expect(words).not.toMatch(/Laurent|Moreau|Sophie/);

    // The page drawn by poppler against the SVG drawn by resvg (the PNG export), both at two
    // pixels per unit of the drawing, compared on a grid: the same picture (fills, outlines, the white around them).
    // Text is drawn by two engines and may differ at its edges: most points are not on text.
    const { width, height } = diagramElement(anonymised.doc, anonymised.diagram);
    const [pw, ph, margin] = [841.89, 595.28, 28];
    const scale = Math.min((pw - 2 * margin) / width, (ph - 2 * margin) / height);
    const [ox, oy] = [(pw - width * scale) / 2, (ph - height * scale) / 2];
    const dpi = (2 * 72) / scale;
    execFileSync('pdftoppm', ['-png', '-r', String(dpi), '-singlefile', 'test-results/laurent-anonymised-a4.pdf', 'test-results/laurent-anonymised-a4']);
    const page = PNG.sync.read(readFileSync('test-results/laurent-anonymised-a4.png'));
    const svg = PNG.sync.read(Buffer.from(await exportFile(anonymised, 'png', nodeEnvironment)));
    const toPage = (x: number, y: number): [number, number] => [((ox + x * scale) * dpi) / 72, ((oy + y * scale) * dpi) / 72];
    const share = samePixels(page, svg, width, height, toPage, (x, y) => [x * 2, y * 2]);
    expect(share).toBeGreaterThan(0.99);
    // A blank page would not pass.
    const white = new PNG({ width: page.width, height: page.height });
    white.data.fill(255);
    expect(samePixels(white, svg, width, height, toPage, (x, y) => [x * 2, y * 2])).toBeLessThan(0.97);
  });
});
