import { LOCALES } from '../../shared/i18n/messages';
import { useLocaleStore, useT } from '../i18n';

/** The language choice, available before the vault is even open. */
export function LanguageSwitch() {
  const t = useT();
  const locale = useLocaleStore((s) => s.locale);
  const setLocale = useLocaleStore((s) => s.setLocale);
  return (
    <label className="language-switch">
      {t('language.label')}{' '}
      <select value={locale} onChange={(e) => setLocale(e.target.value as typeof locale)}>
        {LOCALES.map((code) => (
          <option key={code} value={code}>
            {t(`language.${code}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
