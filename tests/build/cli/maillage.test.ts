import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../build/cli/maillage.ts';
import { laurentExample } from '../../../shared/examples/laurent';
import { findLeaks } from '../../../shared/anonymise/leak-guard';
import { sensitiveStrings } from '../../../shared/anonymise/sensitive';
import { updateNode } from '../../../shared/model/operations';
import { createMeeting } from '../../../shared/synthese/meetings';

function run(args: string[]) {
  const logs: string[] = [];
  const errors: string[] = [];
  const out = { log: (m: string) => logs.push(m), error: (m: string) => errors.push(m) } as unknown as Console;
  return main(args, out).then((code) => ({ code, logs, errors }));
}

describe('maillage command line', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'maillage-cli-'));
  const input = path.join(dir, 'cas.json');
  writeFileSync(input, JSON.stringify(laurentExample()));

  it.each(['svg', 'json', 'pdf'])('exports an anonymised %s that passes its own check', { timeout: 20_000 }, async (format) => {
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

  it('check finds the names in a full export and exits 1', async () => {
    const output = path.join(dir, 'full.svg');
    expect((await run(['export', input, '--format', 'svg', '-o', output])).code).toBe(0);
    const checked = await run(['check', output, input]);
    expect(checked.code).toBe(1);
    expect(checked.errors.join('\n')).toMatch(/person "Sophie Laurent" found in text/);
  });

  it('says PNG needs a browser and exits non-zero, writing nothing', async () => {
    const output = path.join(dir, 'out.png');
    const result = await run(['export', input, '--anonymise', '--format', 'png', '-o', output]);
    expect(result.code).toBe(3);
    expect(result.errors.join()).toMatch(/needs a browser/);
    expect(existsSync(output)).toBe(false);
  });

  it('explains bad input', async () => {
    const notJson = path.join(dir, 'x.txt');
    writeFileSync(notJson, 'hello');
    expect(await run(['export', notJson, '--format', 'svg', '-o', path.join(dir, 'y.svg')])).toMatchObject({ code: 2, errors: [expect.stringMatching(/not a JSON case file/)] });
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
      expect(findLeaks(new Uint8Array(readFileSync(output)), names)).toEqual([]);
      expect(readFileSync(output, 'utf8')).toContain('Participants proposés');
    });

    it('explains a participant it cannot find, and --for without a meeting', async () => {
      const unknown = await run(['sheet', withMeeting, '--for', 'Personne', '--format', 'svg', '-o', path.join(dir, 'x.svg')]);
      expect(unknown.code).toBe(2);
      expect(unknown.errors.join()).toMatch(/no participant "Personne".*Claire Dubois/);
      const none = await run(['sheet', input, '--for', 'Sophie', '--format', 'svg', '-o', path.join(dir, 'y.svg')]);
      expect(none.errors.join()).toMatch(/holds no meeting/);
      expect((await run(['sheet', withMeeting, '--for', 'Sophie', '--anonymise', '--format', 'svg', '-o', path.join(dir, 'z.svg')])).code).toBe(2);
      expect(existsSync(path.join(dir, 'x.svg'))).toBe(false);
    });
  });
});
