import { useEffect, useMemo, useState } from 'react';
import { LeakError } from '../../shared/anonymise/leak-guard';
import { exportFileName, guardDrawing } from '../../shared/export/export';
import type { CaseDocument } from '../../shared/model/case';
import { comparisonPdf, comparisonSheet, comparisonSvg, comparisonSvgText, markType, type ComparisonSheet } from '../../shared/timeline/compare-diagram';
import { datedSnapshot, snapshotsInOrder, stateOfCase, type DatedState } from '../../shared/timeline/state';
import { dayOf, formatPartialDate } from '../../shared/model/dates';
import { ModalDialog } from '../dialogs/ModalDialog';
import { useLocaleStore, useT } from '../i18n';
import { appFontFiles } from '../export/app-fonts';
import { getPlatform } from '../platform';
import { loadAvoid, routesFor } from '../canvas/router';
import { NOW, timelineStore } from './timeline-store';

function stateOf(doc: CaseDocument, id: string): DatedState | null {
  if (id === NOW) return { state: stateOfCase(doc), day: dayOf(new Date()) };
  const snapshot = doc.snapshots.find((s) => s.id === id);
  return snapshot ? datedSnapshot(snapshot) : null;
}

/**
 * Two states of the case side by side on one map (the comparison sheet, as it is exported) and
 * what changed in words; exported as SVG or PDF, in clear or anonymised (through the leak guard).
 */
export function CompareDialog({ doc, from, to }: { doc: CaseDocument; from: string; to: string }) {
  const t = useT();
  const locale = useLocaleStore((s) => s.locale);
  const [anonymise, setAnonymise] = useState(false);
  const [message, setMessage] = useState<{ text: string; alert: boolean } | null>(null);
  const close = () => timelineStore.getState().closeComparison();
  // The map is drawn with its links routed, as on the canvas: libavoid is loaded once the canvas
  // is drawn, and surely by now; if not, the map is drawn again when it is.
  const [route, setRoute] = useState<typeof routesFor | undefined>(undefined);
  useEffect(() => {
    let live = true;
    void loadAvoid().then(() => live && setRoute(() => routesFor));
    return () => {
      live = false;
    };
  }, []);
  const options = [...snapshotsInOrder(doc.snapshots).map((s) => ({ value: s.id, label: `${s.name} (${formatPartialDate(s.date ?? datedSnapshot(s).day, locale)})` })), { value: NOW, label: t('compare.now') }];

  const result = useMemo((): { sheet: ComparisonSheet; svg: string } | { error: string } | null => {
    const a = stateOf(doc, from);
    const b = stateOf(doc, to);
    if (!a || !b) return null;
    try {
      const sheet = comparisonSheet(doc, a, b, { locale, anonymise, ...(route ? { route } : {}) });
      // What would be drawn is checked at once (the file itself is read again when saved).
      guardDrawing(sheet.prepared, 'svg', sheet.element);
      return { sheet, svg: comparisonSvgText(sheet) };
    } catch (e) {
      if (e instanceof LeakError) return { error: t('compare.blocked', { detail: e.leaks.map((l) => `${l.source}, ${l.where}`).join(' ; ') }) };
      throw e;
    }
  }, [doc, from, to, locale, anonymise, t, route]);

  const save = async (format: 'svg' | 'pdf') => {
    if (!result || 'error' in result) return;
    setMessage(null);
    try {
      const base = exportFileName(result.sheet.prepared, format);
      const name = await getPlatform().saveFile({
        suggestedName: base.replace(/\.(svg|pdf)$/, `-${locale === 'fr' ? 'comparaison' : 'comparison'}.$1`),
        filters: [{ name: format.toUpperCase(), extensions: [format] }],
        data: () => (format === 'svg' ? comparisonSvg(result.sheet) : comparisonPdf(result.sheet, { pageSize: 'A4', landscape: true }, appFontFiles)),
      });
      if (name) setMessage({ text: t('compare.saved', { file: name }), alert: false });
    } catch (e) {
      const text = e instanceof LeakError ? t('compare.blocked', { detail: e.leaks.map((l) => `${l.source}, ${l.where}`).join(' ; ') }) : e instanceof Error ? e.message : String(e);
      setMessage({ text, alert: true });
    }
  };

  const entries = result && 'sheet' in result ? result.sheet.described.entries : [];
  const counts = { arrived: 0, left: 0, changed: 0 };
  for (const entry of entries) counts[markType(entry.change)]++;

  return (
    <ModalDialog labelledBy="compare-dialog-title" onClose={close} className="compare-modal">
      <div className="compare-dialog" data-testid="compare-dialog">
        <header>
          <h2 id="compare-dialog-title">{t('compare.title')}</h2>
          <label>
            {t('compare.from')}{' '}
            <select value={from} onChange={(e) => timelineStore.getState().compare(e.target.value, to)}>
              {options.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('compare.to')}{' '}
            <select value={to} onChange={(e) => timelineStore.getState().compare(from, e.target.value)}>
              {options.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          </label>
          <label className="checkbox">
            <input
              type="checkbox"
              checked={anonymise}
              onChange={(e) => {
                setAnonymise(e.target.checked);
                setMessage(null);
              }}
            /> {t('compare.anonymise')}
          </label>
        </header>
        {result && 'error' in result && (
          <p className="form-error" role="alert">
            {result.error}
          </p>
        )}
        {result && 'sheet' in result && (
          <div className="compare-body">
            <div className="compare-map">
              <img src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(result.svg)}`} alt={t('compare.mapAlt')} data-testid="comparison-map" />
            </div>
            <div className="compare-list">
              <p className="compare-heading">{result.sheet.described.heading}</p>
              <p className="hint">{t('compare.summary', counts)}</p>
              {entries.length === 0 ? (
                <p>{t('compare.none')}</p>
              ) : (
                <ol data-testid="comparison-list">
                  {entries.map((entry, i) => (
                    <li key={`${entry.change.record}:${entry.change.id}`} className={`change change-${markType(entry.change)}`}>
                      <span className={`change-badge badge-${markType(entry.change)}`} aria-hidden="true">
                        {i + 1}
                      </span>
                      <span>{entry.sentences.join(' ')}</span>
                    </li>
                  ))}
                </ol>
              )}
            </div>
          </div>
        )}
        {message && (
          <p className={message.alert ? 'form-error' : 'hint'} role={message.alert ? 'alert' : 'status'}>
            {message.text}
          </p>
        )}
        <footer>
          <button type="button" className="button" disabled={!result || 'error' in result} onClick={() => void navigator.clipboard?.writeText(result && 'sheet' in result ? result.sheet.described.text : '')}>
            {t('compare.copy')}
          </button>
          <button type="button" className="button" disabled={!result || 'error' in result} onClick={() => void save('svg')}>
            {t('compare.exportSvg')}
          </button>
          <button type="button" className="button" disabled={!result || 'error' in result} onClick={() => void save('pdf')}>
            {t('compare.exportPdf')}
          </button>
          <button type="button" className="button button-primary" onClick={close}>
            {t('timeline.close')}
          </button>
        </footer>
      </div>
    </ModalDialog>
  );
}
