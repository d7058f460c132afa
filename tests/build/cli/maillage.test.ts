import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../build/cli/maillage.ts';
import { laurentExample } from '../../../shared/examples/laurent';

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

  it.each(['svg', 'json', 'pdf'])('exports an anonymised %s that passes its own check', async (format) => {
    const output = path.join(dir, `out.${format}`);
    const exported = await run(['export', input, '--anonymise', '--format', format, '-o', output]);
    expect(exported).toMatchObject({ code: 0, errors: [] });
    expect(readFileSync(output).length).toBeGreaterThan(100);
    expect(await run(['check', output, input])).toMatchObject({ code: 0 });
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
});
