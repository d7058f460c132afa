import { useEffect, useState } from 'react';
import { useT } from '../i18n';
import { getPlatform } from '../platform';
import { ModalDialog } from './ModalDialog';

/** Help › À propos de Maillage: the version, and what the app does with the data. */
export function AboutDialog({ onClose }: { onClose(): void }) {
  const t = useT();
  const [version, setVersion] = useState<string | null>(null);
  useEffect(() => {
    void getPlatform()
      .appVersion()
      .then(setVersion, () => setVersion(null));
  }, []);
  return (
    <ModalDialog labelledBy="about-title" onClose={onClose}>
      <div className="vault-card about-dialog">
        <img src="/icon.svg" alt="" width={48} height={48} />
        <h2 id="about-title">{t('about.title')}</h2>
        {version && <p data-testid="app-version">{t('about.version', { version })}</p>}
        <p className="hint">{t('about.text')}</p>
        <div className="form-actions">
          <button type="button" className="button" onClick={onClose} autoFocus>
            {t('shortcuts.close')}
          </button>
        </div>
      </div>
    </ModalDialog>
  );
}
