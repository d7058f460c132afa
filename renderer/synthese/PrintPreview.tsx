// "Imprimer les fiches": what the user sees happen. The sheets show in a preview while the system
// print dialog opens; where no dialog opens (a browser that blocks it, a web mode without a
// printer), the preview stays with its Imprimer button (or Ctrl+P), so a click never does nothing.
import { useEffect, useState } from 'react';
import { ModalDialog } from '../dialogs/ModalDialog';
import type { Translate } from '../i18n';
import { getPlatform } from '../platform';
import { svgSource } from '../print/print-layer';
import { mountSheetsLayer } from './print';

export function PrintPreview({ pages, sheets, t, onClose }: { pages: readonly string[]; sheets: number; t: Translate; onClose(): void }) {
  const [sent, setSent] = useState(false);
  useEffect(() => {
    const layer = mountSheetsLayer(pages);
    let live = true;
    void layer.ready.then(() => {
      if (!live) return;
      getPlatform().print();
      setSent(true);
    });
    return () => {
      live = false;
      layer.remove();
    };
  }, [pages]);
  return (
    <ModalDialog labelledBy="print-preview-title" onClose={onClose} className="print-preview">
      <div className="vault-card print-preview-card">
        <h2 id="print-preview-title">{t('print.title')}</h2>
        <p role="status" className="notice">
          {sent ? t('print.sent', { sheets, pages: pages.length }) : t('print.preparing', { sheets, pages: pages.length })}
        </p>
        <div className="print-preview-pages">
          {pages.map((svg, i) => (
            <img key={i} src={svgSource(svg)} alt={t('sheet.page', { n: i + 1, total: pages.length })} />
          ))}
        </div>
        <div className="form-actions">
          <button type="button" className="button" onClick={onClose}>
            {t('shortcuts.close')}
          </button>
          <button type="button" className="button button-primary" onClick={() => getPlatform().print()} autoFocus>
            {t('print.print')}
          </button>
        </div>
      </div>
    </ModalDialog>
  );
}
