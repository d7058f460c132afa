// PNG without a browser: the export's SVG drawn by resvg (@resvg/resvg-js, prebuilt binaries in
// the npm package), with the fonts the PDF uses, so that every name shows whatever the machine.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { facesFor, FONT_STYLES, woffToSfnt, type FontFiles } from '../../shared/export/fonts';

let fontDir: string | undefined;
const written = new Map<string, string>();

/** resvg reads fonts from files, as TrueType: each face needed is unpacked once per run, in a folder removed on exit. */
async function fontFilesFor(svg: string, files: FontFiles): Promise<string[]> {
  const text = [...svg.matchAll(/>([^<]+)</g)].map((m) => m[1]).join(' ');
  const faces = FONT_STYLES.flatMap((style) => facesFor(text, style));
  if (!fontDir) {
    const dir = mkdtempSync(path.join(tmpdir(), 'maillage-fonts-'));
    fontDir = dir;
    process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  }
  const dir = fontDir;
  return Promise.all(
    faces.map(async (face) => {
      let file = written.get(face.file);
      if (!file) {
        file = path.join(dir, path.basename(face.file).replace(/\.woff$/, '.ttf'));
        writeFileSync(file, woffToSfnt(await files(face.file)));
        written.set(face.file, file);
      }
      return file;
    }),
  );
}

/** The SVG at `scale` times its size on white, as the app's canvas draws it. */
export async function rasteriseSvg(svg: string, files: FontFiles, scale = 2): Promise<Uint8Array> {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: scale },
    background: '#ffffff',
    font: { loadSystemFonts: false, fontFiles: await fontFilesFor(svg, files), defaultFontFamily: 'Noto Sans', sansSerifFamily: 'Noto Sans' },
    logLevel: 'off',
  });
  return new Uint8Array(resvg.render().asPng());
}
