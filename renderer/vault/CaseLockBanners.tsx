import { useT } from '../i18n';
import { useEditor } from '../store/editor-store';
import { takeOver, useCaseLock } from './case-lock';

/** Says when the case is edited in another window (read-only here), and when this window's work went on in a copy. */
export function CaseLockBanners() {
  const t = useT();
  const mode = useCaseLock((s) => s.mode);
  const copiedTo = useCaseLock((s) => s.copiedTo);
  const caseId = useEditor((s) => s.doc?.id);
  return (
    <>
      {mode === 'read-only' && caseId && (
        <div className="case-lock-banner" role="status" data-testid="read-only-banner">
          <span>{t('caseLock.readOnly')}</span>
          <button type="button" className="button" onClick={() => void takeOver(caseId)} title={t('caseLock.takeOverHint')}>
            {t('caseLock.takeOver')}
          </button>
        </div>
      )}
      {copiedTo && (
        <div className="case-lock-banner is-copy" role="alert" data-testid="copy-banner">
          <span>{t('caseLock.copied', { title: copiedTo })}</span>
          <button type="button" className="button" onClick={() => useCaseLock.setState({ copiedTo: null })}>
            {t('caseLock.understood')}
          </button>
        </div>
      )}
    </>
  );
}
