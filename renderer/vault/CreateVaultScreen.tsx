import { useState } from 'react';
import { useT } from '../i18n';
import { LanguageSwitch } from './LanguageSwitch';
import { WeakPassphraseError } from '../../shared/security/passphrase';
import { refusalText, usePassphraseCheck } from './passphrase-strength';
import { PassphraseMeter } from './PassphraseMeter';
import { requestPersistentStorage, useSession, vault } from './vault-session';

/** First run: a vault protected by a passphrase, and the plain truth about losing it. */
export function CreateVaultScreen() {
  const t = useT();
  const go = useSession((s) => s.go);
  const [passphrase, setPassphrase] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const { check, current } = usePassphraseCheck(passphrase);
  const assessment = check.state === 'done' ? check.assessment : null;
  const mismatch = confirmation.length > 0 && confirmation !== passphrase;
  const ready = current && assessment?.acceptable === true && confirmation === passphrase;

  const submit = async () => {
    if (!ready || busy) return;
    setBusy(true);
    setError(null);
    try {
      const code = await vault.create(passphrase);
      requestPersistentStorage();
      go({ name: 'recovery-code', code });
    } catch (e) {
      // The vault applies the rule again: its refusal is explained like the screen's.
      setError(e instanceof WeakPassphraseError ? refusalText(t, e.refusal) : e instanceof Error ? e.message : String(e));
      setBusy(false);
    }
  };

  return (
    <main className="vault-screen">
      <form className="vault-card" onSubmit={(e) => (e.preventDefault(), void submit())} aria-labelledby="create-title">
        <img src="/icon.svg" alt="" width={56} height={56} />
        <h1 id="create-title">{t('vault.createTitle')}</h1>
        <p>{t('vault.createIntro')}</p>
        <label className="field">
          <span>{t('vault.passphrase')}</span>
          <input type="password" autoComplete="new-password" autoFocus value={passphrase} onChange={(e) => setPassphrase(e.target.value)} aria-describedby="strength" />
        </label>
        <PassphraseMeter id="strength" check={check} t={t} />
        <label className="field">
          <span>{t('vault.confirm')}</span>
          <input type="password" autoComplete="new-password" value={confirmation} onChange={(e) => setConfirmation(e.target.value)} aria-invalid={mismatch} />
        </label>
        {mismatch && <p className="form-error">{t('vault.mismatch')}</p>}
        <p className="warning" role="note">
          {t('vault.noRecoveryWarning')}
        </p>
        {error && <p className="form-error" role="alert">{error}</p>}
        <button type="submit" className="button button-primary" disabled={!ready || busy}>
          {busy ? t('vault.creating') : t('vault.create')}
        </button>
        <LanguageSwitch />
      </form>
    </main>
  );
}

/** The recovery code, shown once. */
export function RecoveryCodeScreen({ code }: { code: string }) {
  const t = useT();
  const go = useSession((s) => s.go);
  const [noted, setNoted] = useState(false);
  return (
    <main className="vault-screen">
      <section className="vault-card recovery-card" aria-labelledby="recovery-title">
        <h1 id="recovery-title">{t('vault.recoveryTitle')}</h1>
        <p>{t('vault.recoveryIntro')}</p>
        <p className="recovery-code" data-testid="recovery-code">
          {/* A line may break between groups, never inside one: a group cut in two is misread. */}
          {code.split('-').map((group, i) => (
            <span key={i}>
              {i > 0 && '-'}
              {i > 0 && <wbr />}
              <span className="recovery-group">{group}</span>
            </span>
          ))}
        </p>
        <p className="warning">{t('vault.recoveryWarning')}</p>
        <div className="form-actions no-print">
          <button type="button" className="button" onClick={() => window.print()}>
            {t('vault.print')}
          </button>
        </div>
        <label className="checkbox no-print">
          <input type="checkbox" checked={noted} onChange={(e) => setNoted(e.target.checked)} /> {t('vault.noted')}
        </label>
        <button type="button" className="button button-primary no-print" disabled={!noted} onClick={() => go({ name: 'library' })}>
          {t('vault.continue')}
        </button>
      </section>
    </main>
  );
}
