// Exports in tests are made as the command line makes them: fonts from node_modules, PNG by resvg.
import { nodeFontFiles } from '../../../build/cli/node-fonts';
import { rasteriseSvg } from '../../../build/cli/png';
import type { ExportEnvironment } from '../../../shared/export/export';

export const nodeEnvironment: ExportEnvironment = { fonts: nodeFontFiles, rasterise: (svg) => rasteriseSvg(svg, nodeFontFiles) };
