import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../build/cli/maillage.ts';
import { laurentExample } from '../../../shared/examples/laurent';
import { laurentOverTime } from '../../shared/timeline/fixtures';

function run(args: string[]) {
  const logs: string[] = [];
  const errors: string[] = [];
  const out = { log: (m: string) => logs.push(m), error: (m: string) => errors.push(m) } as unknown as Console;
  return main(args, out).then((code) => ({ code, out: logs.join('\n'), errors: errors.join('\n') }));
}

describe('maillage describe and compare', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'maillage-timeline-'));
  const { doc, entry } = laurentOverTime();
  const overTime = path.join(dir, 'over-time.json');
  writeFileSync(overTime, JSON.stringify(doc));
  const old = path.join(dir, 'old.json');
  writeFileSync(old, JSON.stringify({ ...doc, nodes: entry.nodes, links: entry.links, households: entry.households, events: entry.events, snapshots: [] }));

  it('describe prints the case in words, in French or English, anonymised too', async () => {
    const laurent = path.join(dir, 'laurent.json');
    writeFileSync(laurent, JSON.stringify(laurentExample()));
    expect(await run(['describe', laurent])).toMatchObject({ code: 0, out: expect.stringContaining('Sophie Laurent (34 ans) est la personne concernée.') });
    expect((await run(['describe', laurent, '--lang', 'en'])).out).toContain('Sophie Laurent (34) is the index person.');
    const anonymised = await run(['describe', laurent, '--anonymise']);
    expect(anonymised.code).toBe(0);
    expect(anonymised.out).toContain('Mère (26-35 ans) est la personne concernée.');
    expect(anonymised.out).not.toMatch(/Laurent|Moreau|Dubois/);
  });

  it('describe --for professionals|all: a text for others, without what they may not know', async () => {
    const base = laurentExample();
    const shared = path.join(dir, 'levels.json');
    writeFileSync(shared, JSON.stringify({ ...base, nodes: base.nodes.map((n) => (n.name === 'Mme Rossi' ? { ...n, sharing: { level: 'none', with: [] } } : n)) }));
    expect((await run(['describe', shared])).out).toContain('Mme Rossi');
    for (const reader of ['professionals', 'all']) expect((await run(['describe', shared, '--for', reader])).out, reader).not.toContain('Rossi');
    expect(await run(['describe', shared, '--for', 'famille'])).toMatchObject({ code: 2, errors: expect.stringContaining('professionals') });
  });

  it('describe --since tells what changed since a snapshot, and names the snapshots when one is not found', async () => {
    expect((await run(['describe', overTime, '--since', 'entrée dans le dispositif'])).out).toContain('Depuis « Entrée dans le dispositif » (octobre 2025).');
    expect(await run(['describe', overTime, '--since', 'Synthèse'])).toMatchObject({ code: 2, errors: expect.stringContaining('Snapshots: "Entrée dans le dispositif"') });
  });

  it('compare two case files: who left, which mandate changed', async () => {
    const result = await run(['compare', old, overTime]);
    expect(result.code).toBe(0);
    expect(result.out).toContain('Paul Martin, conseiller·ère (Habitat 59), a quitté le réseau.');
    expect(result.out).toContain('L’intervention de Thomas Girard auprès d’Enzo Moreau : mandat judiciaire → administratif, mesure AEMO → AED.');
  });

  it('compare two snapshots of one file (--from, --to now), anonymised, and exports the sheet as PDF that passes the check', async () => {
    const text = await run(['compare', overTime, '--from', 'Entrée dans le dispositif', '--to', 'now', '--anonymise', '--lang', 'en']);
    expect(text.code).toBe(0);
    expect(text.out).toContain('From state A to state B');
    expect(text.out).not.toMatch(/Martin|Girard|Roubaix/);
    const pdf = path.join(dir, 'comparison.pdf');
    expect((await run(['compare', overTime, '--from', 'Entrée dans le dispositif', '--anonymise', '--format', 'pdf', '-o', pdf])).code).toBe(0);
    expect(await run(['check', pdf, overTime])).toMatchObject({ code: 0 });
  });

  it('explains bad usage and refuses a leak, writing nothing', async () => {
    expect((await run(['compare', overTime])).code).toBe(2);
    expect((await run(['compare', old, overTime, '--from', 'x'])).errors).toMatch(/--from and --to name snapshots of one file/);
    expect((await run(['compare', overTime, '--from', 'x'])).errors).toMatch(/no snapshot "x"/);
    const odd = path.join(dir, 'odd.json');
    writeFileSync(odd, JSON.stringify({ ...doc, nodes: doc.nodes.map((n) => (n.name === 'Mme Rossi' ? { ...n, name: 'Famille' } : n)) }));
    const blocked = await run(['describe', odd, '--anonymise']);
    expect(blocked.code).toBe(1);
    expect(blocked.errors).toMatch(/Bloqué : « Famille » trouvé|Blocked: “Famille” found/);
    // Named like a word of the legend ("Divorcés"): the sheet would hold it.
    const legendWord = path.join(dir, 'legend-word.json');
    writeFileSync(legendWord, JSON.stringify({ ...doc, nodes: doc.nodes.map((n) => (n.name === 'Mme Rossi' ? { ...n, name: 'Divorcés' } : n)) }));
    const svg = path.join(dir, 'odd.svg');
    expect((await run(['compare', old, legendWord, '--anonymise', '--format', 'svg', '-o', svg])).code).toBe(1);
    expect(existsSync(svg)).toBe(false);
  });
});
