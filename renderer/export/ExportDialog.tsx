import { useEffect, useMemo, useState } from 'react';
import { findLeaksInStrings, LeakError, type Leak } from '../../shared/anonymise/leak-guard';
import { describeLeak } from '../../shared/anonymise/leak-place';
import { familyView, type Viewpoint } from '../../shared/genogram/kinship';
import { EXPORT_FORMATS, exportFile, exportFileName, exportStrings, exportVocabulary, prepareExport, type ExportEnvironment, type ExportFormat, type PreparedExport } from '../../shared/export/export';
import type { CaseDocument } from '../../shared/model/case';
import type { Id } from '../../shared/model/primitives';
import { renderDiagramSvg } from '../../shared/render/diagram';
import { ModalDialog } from '../dialogs/ModalDialog';
import { routesFor } from '../canvas/router';
import { useLocaleStore, useT } from '../i18n';
import { getPlatform } from '../platform';
import { appFontFiles } from './app-fonts';
import { recallExportChoices, rememberExportChoices } from './export-memory';
import { svgToPng } from './png';

const routesOption = (doc: Parameters<typeof routesFor>[0]) => {
  const routes = routesFor(doc);
  return routes ? { routes } : {};
};

const MIME: Record<ExportFormat, string> = { svg: 'SVG', png: 'PNG', pdf: 'PDF', json: 'JSON' };

/** Where the app's exports are made: fonts bundled with the app (loaded on demand), PNG through a canvas. */
const environment: ExportEnvironment = {
  fonts: appFontFiles,
  rasterise: (svg) => svgToPng(svg, 2),
};

/**
 * What an export said (written, refused, failed), with the export it describes: shown only while
 * the dialog still describes that export (same tab, format, page, labels and title).
 */
interface Outcome {
  prepared: PreparedExport;
  format: ExportFormat;
  page: string;
  done?: string;
  error?: string;
  leaks?: Leak[];
}

function preview(svg: string): string {
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}

/**
 * Export: for training (anonymised, the default, with a side-by-side preview and editable labels)
 * or for practice (full, behind a warning). Nothing is written until the leak guard has passed.
 */
export function ExportDialog({ doc, onClose }: { doc: CaseDocument; onClose(): void }) {
  const t = useT();
  const locale = useLocaleStore((s) => s.locale);
  const [mode, setMode] = useState<'training' | 'practice'>('training');
  const [format, setFormat] = useState<ExportFormat>('svg');
  // The title, labels and viewpoint chosen earlier in the session for this case (export-memory.ts).
  const [title, setTitle] = useState(() => recallExportChoices(doc.id)?.title ?? '');
  const [overrides, setOverrides] = useState<ReadonlyMap<Id, string>>(() => recallExportChoices(doc.id)?.overrides ?? new Map());
  const [viewpoint, setViewpoint] = useState<Viewpoint>(() => recallExportChoices(doc.id)?.viewpoint ?? 'children');
  useEffect(() => rememberExportChoices(doc.id, { title, overrides, viewpoint }), [doc.id, title, overrides, viewpoint]);
  const [pageSize, setPageSize] = useState<'A4' | 'A3'>('A4');
  const [landscape, setLandscape] = useState(true);
  const [understood, setUnderstood] = useState(false);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const anonymise = mode === 'training';
  const prepared = useMemo(() => prepareExport(doc, { anonymise, locale, ...(title.trim() ? { title } : {}), overrides, viewpoint, route: routesFor }), [doc, anonymise, locale, title, overrides, viewpoint]);
  // The children's viewpoint exists only when the index person has children.
  const hasChildren = useMemo(() => familyView(doc, 'children').viewpoint === 'children', [doc]);
  const originalPreview = useMemo(() => preview(renderDiagramSvg(doc, { locale, title: doc.title, ...routesOption(doc) })), [doc, locale]);
  // The preview shows what would be written; the leak guard speaks when exporting.
  const anonymisedPreview = useMemo(() => (anonymise ? preview(renderDiagramSvg(prepared.doc, prepared.diagram)) : null), [anonymise, prepared]);
  const page = format === 'pdf' ? `${pageSize}-${landscape}` : '';

  // An outcome belongs to the export it describes: another tab, format or page, and it is gone.
  // A block stays while what it says is still true: after a label or the title changes, only
  // the names still found in what would be drawn are shown (none: the block is gone).
  const shown = outcome && outcome.prepared.anonymised === anonymise && outcome.format === format && outcome.page === page ? outcome : null;
  const sameExport = shown?.prepared === prepared;
  const leaks = useMemo(() => {
    if (!shown?.leaks) return null;
    if (sameExport) return shown.leaks;
    const still = findLeaksInStrings(exportStrings(prepared, format), prepared.sensitive, { vocabulary: exportVocabulary() });
    return still.length ? still : null;
  }, [shown, sameExport, prepared, format]);
  const done = sameExport ? shown?.done : undefined;
  const error = sameExport ? shown?.error : undefined;
  const leakingLabels = new Set(leaks?.flatMap((l) => (l.place.kind === 'label' && l.place.id ? [l.place.id] : [])));

  const run = async () => {
    setBusy(true);
    setOutcome(null);
    const describes = { prepared, format, page };
    try {
      const started = performance.now();
      // Prepared again here so that the timing covers the whole export, anonymisation included.
      const current = prepareExport(doc, { anonymise, locale, ...(title.trim() ? { title } : {}), overrides, viewpoint, route: routesFor });
      // The whole file is made, and guarded, before any save dialog opens: a refused export shows
      // nothing, not even its file name.
      const bytes = await exportFile(current, format, { ...environment, page: { pageSize, landscape } });
      // Measured for the benchmark: building the file, leak guard included.
      performance.measure(`maillage:export:${format}`, { start: started, end: performance.now() });
      const name = await getPlatform().saveFile({
        suggestedName: exportFileName(current, format),
        filters: [{ name: MIME[format], extensions: [format] }],
        data: async () => bytes,
      });
      if (name) setOutcome({ ...describes, done: t('export.done', { name }) });
    } catch (e) {
      if (e instanceof LeakError) setOutcome({ ...describes, leaks: e.leaks });
      else setOutcome({ ...describes, error: e instanceof Error ? e.message : String(e) });
    }
    setBusy(false);
  };

  const people = doc.nodes.filter((n) => prepared.labels.has(n.id));

  return (
    <ModalDialog labelledBy="export-dialog-title" onClose={onClose}>
      <div className="export-dialog">
        <header>
          <h2 id="export-dialog-title">{t('export.title')}</h2>
          <div role="tablist">
            <button type="button" role="tab" aria-selected={anonymise} className={`tab${anonymise ? ' is-active' : ''}`} onClick={() => setMode('training')}>
              {t('export.training')}
            </button>
            <button type="button" role="tab" aria-selected={!anonymise} className={`tab${!anonymise ? ' is-active' : ''}`} onClick={() => setMode('practice')}>
              {t('export.practice')}
            </button>
          </div>
        </header>
        <div className="export-body">
          <div className="export-previews">
            <figure>
              <figcaption>{t('export.original')}</figcaption>
              <img src={originalPreview} alt={t('export.original')} />
            </figure>
            {anonymisedPreview && (
              <figure>
                <figcaption>{t('export.anonymised')}</figcaption>
                <img src={anonymisedPreview} alt={t('export.anonymised')} data-testid="anonymised-preview" />
              </figure>
            )}
          </div>
          <div className="export-options">
            <fieldset>
              <legend>{t('export.format')}</legend>
              {EXPORT_FORMATS.map((f) => (
                <label key={f} className="checkbox">
                  <input type="radio" name="format" checked={format === f} onChange={() => setFormat(f)} /> {MIME[f]}
                </label>
              ))}
            </fieldset>
            {format === 'pdf' && (
              <fieldset>
                <legend>{t('export.page')}</legend>
                <select aria-label={t('export.pageSize')} value={pageSize} onChange={(e) => setPageSize(e.target.value as 'A4' | 'A3')}>
                  <option value="A4">A4</option>
                  <option value="A3">A3</option>
                </select>{' '}
                <select aria-label={t('export.orientation')} value={landscape ? 'landscape' : 'portrait'} onChange={(e) => setLandscape(e.target.value === 'landscape')}>
                  <option value="landscape">{t('export.landscape')}</option>
                  <option value="portrait">{t('export.portrait')}</option>
                </select>
              </fieldset>
            )}
            {anonymise ? (
              <>
                <label className="field">
                  <span>{t('export.neutralTitle')}</span>
                  <input type="text" value={title} placeholder={prepared.doc.title} onChange={(e) => setTitle(e.target.value)} />
                </label>
                {hasChildren && (
                  <label className="field">
                    <span>{t('export.viewpoint')}</span>
                    <select value={viewpoint} onChange={(e) => setViewpoint(e.target.value as Viewpoint)}>
                      <option value="children">{t('export.viewpoint.children')}</option>
                      <option value="index">{t('export.viewpoint.index')}</option>
                    </select>
                  </label>
                )}
                <details>
                  <summary>{t('export.labels')}</summary>
                  <ul className="label-overrides">
                    {people.map((n) => (
                      <li key={n.id}>
                        <label>
                          <span className="hint">{n.name || '—'}</span>
                          <input
                            type="text"
                            value={overrides.get(n.id) ?? prepared.labels.get(n.id) ?? ''}
                            aria-invalid={leakingLabels.has(n.id) || undefined}
                            onChange={(e) => setOverrides(new Map(overrides).set(n.id, e.target.value))}
                          />
                        </label>
                      </li>
                    ))}
                  </ul>
                </details>
              </>
            ) : (
              <>
                <p className="warning">{t('export.practiceWarning')}</p>
                <label className="checkbox">
                  <input type="checkbox" checked={understood} onChange={(e) => setUnderstood(e.target.checked)} /> {t('export.practiceUnderstood')}
                </label>
              </>
            )}
            {leaks && (
              <div className="form-error" role="alert">
                <p>{t('export.blocked')}</p>
                <ul>
                  {leaks.slice(0, 8).map((leak) => (
                    <li key={`${leak.text}-${leak.where}`}>{describeLeak(leak, locale)}</li>
                  ))}
                </ul>
              </div>
            )}
            {error && <p className="form-error" role="alert">{error}</p>}
            {done && <p className="notice" role="status">{done}</p>}
          </div>
        </div>
        <footer className="form-actions">
          <button type="button" className="button" onClick={onClose}>
            {t('shortcuts.close')}
          </button>
          <button type="button" className="button button-primary" disabled={busy || (!anonymise && !understood)} onClick={() => void run()}>
            {busy ? t('vault.creating') : t('export.run', { format: MIME[format] })}
          </button>
        </footer>
      </div>
    </ModalDialog>
  );
}
