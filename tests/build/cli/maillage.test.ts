import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { main } from '../../../build/cli/maillage.ts';
import { nodeFontFiles } from '../../../build/cli/node-fonts';
import { foldText } from '../../../shared/anonymise/text';
import { generateCase } from '../../../shared/examples/generate';
import { laurentExample } from '../../../shared/examples/laurent';
import { findLeaks } from '../../../shared/anonymise/leak-guard';
import { sensitiveStrings } from '../../../shared/anonymise/sensitive';
import { updateNode } from '../../../shared/model/operations';
import { createMeeting } from '../../../shared/synthese/meetings';
import { layoutCase } from '../../../shared/genogram/layout';
import type { CaseDocument } from '../../../shared/model/case';
import { facesFor, FONT_STYLES } from '../../../shared/export/fonts';

/** The command line as a user runs it, in French unless `env` says otherwise (LANG...). */
function run(args: string[], env: Record<string, string> = {}) {
  const logs: string[] = [];
  const errors: string[] = [];
  const out = { log: (m: string) => logs.push(m), error: (m: string) => errors.push(m) } as unknown as Console;
  return main(args, out, env).then((code) => ({ code, logs, errors }));
}

/** A check independent of the guard: each full name of the case, folded, as a substring. */
const fullNamesIn = (text: string, doc: CaseDocument) => doc.nodes.map((n) => n.name).filter((n) => [...n].length >= 4 && foldText(text).includes(foldText(n)));

describe('maillage command line', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'maillage-cli-'));
  const input = path.join(dir, 'cas.json');
  writeFileSync(input, JSON.stringify(laurentExample()));

  it.each(['svg', 'json', 'pdf', 'png'])('exports an anonymised %s that passes its own check', { timeout: 60_000 }, async (format) => {
    const output = path.join(dir, `out.${format}`);
    const exported = await run(['export', input, '--anonymise', '--format', format, '-o', output]);
    expect(exported).toMatchObject({ code: 0, errors: [] });
    expect(readFileSync(output).length).toBeGreaterThan(100);
    expect(await run(['check', output, input])).toMatchObject({ code: 0 });
  });

  it('--organise lays out a case that has no layout before exporting it', async () => {
    const piled = path.join(dir, 'piled.json');
    const example = laurentExample();
    writeFileSync(piled, JSON.stringify({ ...example, nodes: example.nodes.map((n) => (n.kind === 'professional' && n.institutionId ? n : { ...n, position: { x: 0, y: 0 } })) }));
    const output = path.join(dir, 'organised.json');
    expect(await run(['export', piled, '--organise', '--format', 'json', '-o', output])).toMatchObject({ code: 0, errors: [] });
    const organised = JSON.parse(readFileSync(output, 'utf8')) as { nodes: Array<{ position: { x: number; y: number }; institutionId?: string }> };
    const places = organised.nodes.filter((n) => !n.institutionId).map((n) => `${n.position.x},${n.position.y}`);
    expect(new Set(places).size).toBe(places.length);
    const svg = path.join(dir, 'organised.svg');
    expect((await run(['export', piled, '--organize', '--anonymise', '--format', 'svg', '-o', svg])).code).toBe(0);
  });

  it('draws PNG without a browser: the PNG is the SVG as resvg draws it, at twice its size', { timeout: 60_000 }, async () => {
    const [svgFile, pngFile] = [path.join(dir, 'same.svg'), path.join(dir, 'same.png')];
    expect((await run(['export', input, '--anonymise', '--format', 'svg', '-o', svgFile])).code).toBe(0);
    expect((await run(['export', input, '--anonymise', '--format', 'png', '-o', pngFile])).code).toBe(0);
    const png = PNG.sync.read(readFileSync(pngFile));
    const svg = readFileSync(svgFile, 'utf8');
    const [width, height] = [Number(/width="(\d+)"/.exec(svg)?.[1]), Number(/height="(\d+)"/.exec(svg)?.[1])];
    expect([png.width, png.height]).toEqual([width * 2, height * 2]);
    // The SVG file drawn again, by the same engine with the same fonts, at the same scale.
    const fontDir = mkdtempSync(path.join(tmpdir(), 'maillage-fonts-test-'));
    const { woffToSfnt } = await import('../../../shared/export/fonts');
    const fontFiles = await Promise.all(
      FONT_STYLES.flatMap((style) => facesFor(svg, style)).map(async (face, i) => {
        const file = path.join(fontDir, `${i}.ttf`);
        writeFileSync(file, woffToSfnt(await nodeFontFiles(face.file)));
        return file;
      }),
    );
    // Read once: each read of `pixels` copies the whole image.
    const expected = new Resvg(svg, { fitTo: { mode: 'zoom', value: 2 }, background: '#ffffff', font: { loadSystemFonts: false, fontFiles, defaultFontFamily: 'Noto Sans', sansSerifFamily: 'Noto Sans' } }).render().pixels;
    let differ = 0;
    let inked = 0;
    for (let y = 3; y < png.height; y += 37) {
      for (let x = 3; x < png.width; x += 37) {
        const i = (y * png.width + x) * 4;
        if ([0, 1, 2].some((k) => Math.abs((png.data[i + k] as number) - (expected[i + k] as number)) > 8)) differ++;
        if ((png.data[i] as number) < 200) inked++;
      }
    }
    expect(differ).toBe(0);
    // Not a blank page: some sampled points are ink.
    expect(inked).toBeGreaterThan(20);
  });

  it('check reads a full PDF as a reader does: every name, as pdftotext shows it, exit 1', { timeout: 60_000 }, async () => {
    const full = path.join(dir, 'full.pdf');
    expect((await run(['export', input, '--format', 'pdf', '-o', full])).code).toBe(0);
    const shown = execFileSync('pdftotext', [full, '-'], { encoding: 'utf8' });
    const checked = await run(['check', full, input]);
    expect(checked.code).toBe(1);
    for (const name of ['Sophie Laurent', 'Enzo Moreau', 'Claire Dubois', 'Juge Bernard']) {
      expect(shown).toContain(name);
      expect(checked.errors.join('\n')).toContain(`"${name}" found in PDF text, as a reader extracts it`);
    }
  });

  it('check finds the names in a full SVG and exits 1', async () => {
    const output = path.join(dir, 'full.svg');
    expect((await run(['export', input, '--format', 'svg', '-o', output])).code).toBe(0);
    const checked = await run(['check', output, input]);
    expect(checked.code).toBe(1);
    expect(checked.errors.join('\n')).toMatch(/person "Sophie Laurent" found in text/);
  });

  // Found by a new-user trial (2026-11-30): "-o laurent.png" wrote an anonymised file named after the family.
  it('refuses to write an anonymised file, sheet or training set under a name that names someone of the case', { timeout: 120_000 }, async () => {
    const named = path.join(dir, 'situation-laurent-enzo.svg');
    const refused = await run(['export', input, '--anonymise', '--format', 'svg', '-o', named]);
    expect(refused.code).toBe(1);
    expect(refused.errors.join('\n')).toMatch(/Bloqué : « Laurent » trouvé dans le nom du fichier de sortie/);
    expect(existsSync(named)).toBe(false);
    const sheet = path.join(dir, 'Famille_Laurent.json');
    expect((await run(['sheet', input, '--anonymise', '--format', 'json', '-o', sheet])).code).toBe(1);
    expect(existsSync(sheet)).toBe(false);
    // A neutral name is written; a full export may be named as the practitioner likes.
    expect((await run(['export', input, '--anonymise', '--format', 'svg', '-o', path.join(dir, 'formation-a.svg')])).code).toBe(0);
    expect((await run(['export', input, '--format', 'svg', '-o', path.join(dir, 'laurent-complet.svg')])).code).toBe(0);
  });

  it('leaves nothing behind when a write fails (no temporary file)', async () => {
    const occupied = path.join(dir, 'occupied.svg');
    mkdirSync(occupied);
    const result = await run(['export', input, '--anonymise', '--format', 'svg', '-o', occupied]);
    expect(result.code).toBe(2);
    expect(readdirSync(dir).filter((f) => f.includes('.tmp'))).toEqual([]);
  });

  it('explains bad input', async () => {
    const notJson = path.join(dir, 'x.txt');
    writeFileSync(notJson, 'hello');
    expect(await run(['export', notJson, '--format', 'svg', '-o', path.join(dir, 'y.svg')])).toMatchObject({ code: 2, errors: [expect.stringMatching(/ce n’est pas un fichier de situation JSON/)] });
    expect(await run(['export', notJson, '--format', 'svg', '-o', path.join(dir, 'y.svg'), '--lang', 'en'])).toMatchObject({ code: 2, errors: [expect.stringMatching(/not a JSON case file/)] });
    expect((await run(['export', path.join(dir, 'absent.json'), '--format', 'svg', '-o', path.join(dir, 'y.svg')], { LANG: 'en_GB.UTF-8' })).errors).toEqual([`${path.join(dir, 'absent.json')}: no such file.`]);
    // What is missing is said first, in the user's language, then the usage.
    const badFormat = await run(['export', input, '--format', 'svg,gif', '-o', path.join(dir, 'y')]);
    expect(badFormat.code).toBe(2);
    expect(badFormat.errors[0]).toBe('Indiquez un format avec --format : svg|png|pdf|json (plusieurs séparés par des virgules pour export).');
    expect((await run(['sheet', input, '--format', 'pdf'], { LANG: 'en_US.UTF-8' })).errors[0]).toBe('Give where to write, with -o OUT.');
    expect((await run(['sheet', input, '--anonymise', '--for', 'x', '--format', 'pdf', '-o', path.join(dir, 'z.pdf')])).errors).toEqual(['--anonymise et --for sont deux lecteurs différents (la formation, ou un participant) : choisissez-en un.']);
    expect((await run(['export', dir, '--format', 'svg', '-o', path.join(dir, 'y')])).errors.join()).toMatch(/--anonymise/);
    expect((await run(['export'])).code).toBe(2);
    expect((await run(['frobnicate'])).errors.join()).toMatch(/Usage/);
  });

  describe('sheet', () => {
    const NOTE = 'Léa évoque des cauchemars depuis la rentrée';
    let prepared = laurentExample();
    const id = (name: string) => prepared.nodes.find((n) => n.name === name)?.id ?? '';
    prepared = updateNode(prepared, id('Nadia Haddad'), { notes: NOTE, notesSharing: { level: 'professionals', with: [] } });
    prepared = updateNode(prepared, id('Juge Bernard'), { sharing: { level: 'none', with: [] } });
    prepared = createMeeting(prepared, { date: '2026-11-20' }).doc;
    const withMeeting = path.join(dir, 'synthese.json');
    writeFileSync(withMeeting, JSON.stringify(prepared));
    const pdfText = (file: string) => execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });

    it.each(['pdf', 'svg', 'json'])('writes the practitioner’s full sheet in %s', async (format) => {
      const output = path.join(dir, `sheet.${format}`);
      const result = await run(['sheet', withMeeting, '--format', format, '-o', output]);
      expect(result).toMatchObject({ code: 0, errors: [] });
      expect(result.logs.join()).toMatch(/preparation sheet.*full copy/);
      const bytes = readFileSync(output);
      const content = format === 'pdf' ? pdfText(output) : bytes.toString('utf8');
      expect(content).toContain('Juge Bernard');
      expect(content).toContain('Thomas Girard');
      if (format === 'json') expect(JSON.parse(content)).toMatchObject({ format: 'maillage-sheet', kind: 'preparation', audience: { kind: 'practitioner' } });
    });

    it('--for the family: neither the note for professionals nor the element not shared; --for the AS: the note', async () => {
      const family = path.join(dir, 'family.pdf');
      expect(await run(['sheet', withMeeting, '--for', 'Sophie Laurent', '--format', 'pdf', '-o', family])).toMatchObject({ code: 0 });
      const familyText = pdfText(family);
      expect(familyText).toContain('Exemplaire de Sophie Laurent');
      expect(familyText).not.toMatch(/cauchemars|Bernard/);
      const as = path.join(dir, 'as.pdf');
      expect(await run(['sheet', withMeeting, '--for', 'claire dubois', '--format', 'pdf', '-o', as])).toMatchObject({ code: 0 });
      expect(pdfText(as).replace(/\s+/g, ' ')).toContain(NOTE);
      expect(pdfText(as)).not.toContain('Bernard');
    });

    it('without a meeting, proposes from the map; anonymised, names nowhere', async () => {
      const output = path.join(dir, 'proposal.svg');
      const result = await run(['sheet', input, '--anonymise', '--format', 'svg', '-o', output]);
      expect(result).toMatchObject({ code: 0 });
      expect(result.logs.join()).toMatch(/proposal from the map/);
      // Every name, service, place and date of the case. (Capitalised words of the notes are left
      // out: "Réunion de synthèse prévue" would flag the sheet's own heading "réunion".)
      const names = sensitiveStrings(laurentExample()).filter((s) => s.source !== 'notes');
      expect(await findLeaks(new Uint8Array(readFileSync(output)), names)).toEqual([]);
      expect(readFileSync(output, 'utf8')).toContain('Participants proposés');
    });

    it('--organise lays the map out with the app’s Organiser first, as export does', async () => {
      const output = path.join(dir, 'organised.json');
      expect(await run(['sheet', withMeeting, '--organise', '--format', 'json', '-o', output])).toMatchObject({ code: 0 });
      const positions = (doc: { nodes: Array<{ id: string; position: unknown }> }) => Object.fromEntries(doc.nodes.map((n) => [n.id, n.position]));
      expect(positions(JSON.parse(readFileSync(output, 'utf8')).case)).toEqual(positions(layoutCase(prepared)));
      expect(positions(layoutCase(prepared))).not.toEqual(positions(prepared));
    });

    it('explains a participant it cannot find, and --for without a meeting', async () => {
      const unknown = await run(['sheet', withMeeting, '--for', 'Personne', '--format', 'svg', '-o', path.join(dir, 'x.svg')]);
      expect(unknown.code).toBe(2);
      expect(unknown.errors.join()).toMatch(/aucun participant « Personne ».*Claire Dubois/);
      const none = await run(['sheet', input, '--for', 'Sophie', '--format', 'svg', '-o', path.join(dir, 'y.svg')]);
      expect(none.errors.join()).toMatch(/aucune réunion/);
      expect((await run(['sheet', withMeeting, '--for', 'Sophie', '--anonymise', '--format', 'svg', '-o', path.join(dir, 'z.svg')])).code).toBe(2);
      expect(existsSync(path.join(dir, 'x.svg'))).toBe(false);
    });
  });

  it('exports a training set: a folder of 20 cases in four formats, with a report; nothing for a refused case', { timeout: 300_000 }, async () => {
    const cases = path.join(dir, 'cases');
    const out = path.join(dir, 'training');
    mkdirSync(cases);
    const docs = new Map<string, CaseDocument>();
    for (let i = 1; i <= 20; i++) {
      const doc = layoutCase({ ...generateCase({ people: 5 + (i % 6), professionals: 1 + (i % 3), generations: 3, seed: i }), title: `Famille ${i}` });
      docs.set(`cas-${i}.json`, doc);
      writeFileSync(path.join(cases, `cas-${i}.json`), JSON.stringify(doc));
    }
    // Refused: a person whose name the diagram prints anyway (the legend's title); a damaged file.
    const legend = laurentExample();
    writeFileSync(path.join(cases, 'cas-21.json'), JSON.stringify({ ...legend, nodes: legend.nodes.map((n) => (n.name === 'Mme Rossi' ? { ...n, name: 'Légende' } : n)) }));
    writeFileSync(path.join(cases, 'cas-22.json'), '{"schemaVersion": 2, "nodes": [');

    const result = await run(['export', `${cases}/`, '--anonymise', '--format', 'svg,pdf,png,json', '-o', `${out}/`]);
    expect(result.code).toBe(1);
    // A progress line per case, then the table.
    expect(result.logs.filter((l) => /^\[\d+\/22\] cas-\d+\.json → Situation [A-V]: (written|refused)/.test(l))).toHaveLength(22);
    const report = result.logs.join('\n');
    expect(report).toMatch(/cas-1\.json\s+Situation A\s+written\s+formation-situation-a\.svg, formation-situation-a\.pdf, formation-situation-a\.png, formation-situation-a\.json/);
    expect(report).toMatch(/cas-21\.json\s+Situation U\s+refused\s+garde-fou : « Légende » trouvé dans le/);
    expect(report).toMatch(/cas-22\.json\s+Situation V\s+refused\s+.*n’est pas un fichier de situation JSON/);
    expect(report).toContain('20 written, 2 refused');

    const written = readdirSync(out).sort();
    expect(written).toHaveLength(80);
    expect(written.filter((f) => f.includes('situation-u') || f.includes('situation-v') || f.includes('.tmp'))).toEqual([]);
    // Each file, checked independently of the guard: no full name of its case.
    for (const [i, [file, doc]] of [...docs].entries()) {
      const letter = String.fromCharCode(97 + i);
      for (const format of ['svg', 'json']) expect(fullNamesIn(readFileSync(path.join(out, `formation-situation-${letter}.${format}`), 'utf8'), doc), `${file} ${format}`).toEqual([]);
      const pdfText = execFileSync('pdftotext', [path.join(out, `formation-situation-${letter}.pdf`), '-'], { encoding: 'utf8' });
      expect(pdfText).toContain(`Situation ${letter.toUpperCase()}`);
      expect(fullNamesIn(pdfText, doc), `${file} pdf`).toEqual([]);
      expect(existsSync(path.join(out, `formation-situation-${letter}.png`))).toBe(true);
    }
  });
});
