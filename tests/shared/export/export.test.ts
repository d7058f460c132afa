import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findLeaks, LeakError } from '../../../shared/anonymise/leak-guard';
import { fromUtf8 } from '../../../shared/crypto/bytes';
import { laurentExample } from '../../../shared/examples/laurent';
import { exportFileName, exportJson, exportPdf, exportSvg, prepareExport } from '../../../shared/export/export';
import { layoutCase } from '../../../shared/genogram/layout';
import { restoreCase } from '../../../shared/model/restore';

const doc = layoutCase(laurentExample());
const anonymised = prepareExport(doc, { anonymise: true, locale: 'fr' });
const full = prepareExport(doc, { anonymise: false, locale: 'fr' });

describe('exports', () => {
  it('SVG of the worked example, full and anonymised, as reviewed', async () => {
    await expect(fromUtf8(exportSvg(full))).toMatchFileSnapshot('__snapshots__/laurent-full.svg');
    await expect(fromUtf8(exportSvg(anonymised))).toMatchFileSnapshot('__snapshots__/laurent-anonymised.svg');
  });

  it('anonymised SVG, JSON and PDF pass the leak guard, and the PDF carries no metadata', async () => {
    const pdf = await exportPdf(anonymised, { pageSize: 'A4', landscape: true });
    for (const bytes of [exportSvg(anonymised), exportJson(anonymised), pdf]) expect(findLeaks(bytes, anonymised.sensitive)).toEqual([]);
    const text = new TextDecoder('latin1').decode(pdf);
    expect(text.startsWith('%PDF-')).toBe(true);
    expect(text).not.toMatch(/\/(Author|Title|Subject|Keywords|Creator|Producer)\b/);
  });

  it('a full export does contain the names (it is for practice), and is never guarded away', () => {
    expect(fromUtf8(exportSvg(full))).toContain('Sophie Laurent');
    expect(findLeaks(exportSvg(full), anonymised.sensitive).length).toBeGreaterThan(0);
  });

  it('the anonymised JSON is a case Maillage can import again', () => {
    const restored = restoreCase(JSON.parse(fromUtf8(exportJson(anonymised))));
    expect(restored.ok && restored.repairs).toEqual([]);
  });

  it('blocks an anonymised export whose user-chosen label is a name', () => {
    const sophie = doc.nodes.find((n) => n.name === 'Sophie Laurent')?.id as string;
    const leaky = prepareExport(doc, { anonymise: true, locale: 'fr', overrides: new Map([[sophie, 'Sophie L.']]) });
    expect(() => exportSvg(leaky)).toThrow(LeakError);
  });

  it('gives files neutral names', () => {
    expect(exportFileName('svg', true, 'fr')).toBe('formation-situation-a.svg');
    expect(exportFileName('pdf', false, 'fr', 'Situation Laurent')).toBe('situation.pdf');
  });

  it('draws the PDF: A4 landscape and A3 portrait, turned into images by pdftoppm', async () => {
    mkdirSync('test-results', { recursive: true });
    const a4 = await exportPdf(anonymised, { pageSize: 'A4', landscape: true });
    const a3 = await exportPdf(full, { pageSize: 'A3', landscape: false });
    writeFileSync('test-results/laurent-anonymised-a4.pdf', a4);
    writeFileSync('test-results/laurent-full-a3.pdf', a3);
    const pdftoppm = ['/usr/bin/pdftoppm', '/usr/local/bin/pdftoppm'].find(existsSync);
    if (!pdftoppm) throw new Error('pdftoppm is missing: apt-get install -y poppler-utils (see .ci/run)');
    const info = execFileSync('pdfinfo', ['test-results/laurent-anonymised-a4.pdf'], { encoding: 'utf8' });
    expect(info).toMatch(/Page size:\s+841\.89 x 595\.28 pts/);
    expect(execFileSync('pdfinfo', ['test-results/laurent-full-a3.pdf'], { encoding: 'utf8' })).toMatch(/Page size:\s+841\.89 x 1190\.55 pts/);
    execFileSync(pdftoppm, ['-png', '-r', '60', '-singlefile', 'test-results/laurent-anonymised-a4.pdf', 'test-results/laurent-anonymised-a4']);
    expect(existsSync('test-results/laurent-anonymised-a4.png')).toBe(true);
    const words = execFileSync('pdftotext', ['test-results/laurent-anonymised-a4.pdf', '-'], { encoding: 'utf8' });
    expect(words).toContain('Grand-mère');
    expect(words).toContain('Situation A');
    expect(words).not.toMatch(/Laurent|Moreau|Sophie/);
  });
});
