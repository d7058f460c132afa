import { useEffect, useState } from 'react';
import { LOCALES } from '../../shared/i18n/messages';
import { useLocaleStore, useT } from '../i18n';
import { getPlatform } from '../platform';

export function StartScreen({ onNewCase, onOpenExample }: { onNewCase(): void; onOpenExample(): void }) {
  const t = useT();
  const locale = useLocaleStore((state) => state.locale);
  const setLocale = useLocaleStore((state) => state.setLocale);
  const [version, setVersion] = useState('');

  useEffect(() => {
    void getPlatform().appVersion().then(setVersion);
  }, []);

  return (
    <main className="start-screen" aria-labelledby="start-title">
      <section className="start-card">
        <div className="start-brand">
          <img src="/icon.svg" alt="" width={72} height={72} />
          <div>
            <p className="start-app-name">{t('app.name')}</p>
            <p className="start-tagline">{t('app.tagline')}</p>
          </div>
        </div>
        <h1 id="start-title">{t('start.title')}</h1>
        <p className="start-intro">{t('start.intro')}</p>
        <div className="start-actions">
          <button type="button" className="button button-primary" onClick={onNewCase}>
            {t('start.newCase')}
          </button>
          <button type="button" className="button" onClick={onOpenExample}>
            {t('start.openExample')}
          </button>
        </div>
        <p className="start-privacy">{t('start.privacy')}</p>
        <footer className="start-footer">
          <label>
            {t('language.label')}{' '}
            <select value={locale} onChange={(event) => setLocale(event.target.value as typeof locale)}>
              {LOCALES.map((code) => (
                <option key={code} value={code}>
                  {t(`language.${code}`)}
                </option>
              ))}
            </select>
          </label>
          {version && <span className="start-version">{t('app.version', { version })}</span>}
        </footer>
      </section>
    </main>
  );
}
