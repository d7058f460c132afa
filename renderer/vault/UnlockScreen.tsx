import { useCallback, useEffect, useState } from 'react';
import { useT } from '../i18n';
import { LanguageSwitch } from './LanguageSwitch';
import { countCharacters, MIN_PASSPHRASE_CHARACTERS, WeakPassphraseError } from '../../shared/security/passphrase';
import { describeKeyError } from './key-errors';
import { refusalText } from './passphrase-strength';
import { requestPersistentStorage, useSession, vault } from './vault-session';

/**
 * The wait before the next attempt, as the vault counts it (a wrong passphrase or recovery code
 * sets it; a reload does not reset it): read at first, and again after each failed attempt.
 */
function useUnlockWait(): { waitSeconds: number; refreshWait(): Promise<void> } {
  const [waitUntil, setWaitUntil] = useState(0);
  const [now, setNow] = useState(() => Date.now());
  const refreshWait = useCallback(
    () =>
      vault
        .unlockDelay()
        .catch(() => 0)
        .then((delay) => {
          setNow(Date.now());
          setWaitUntil(Date.now() + delay);
        }),
    [],
  );
  useEffect(() => {
    void refreshWait();
  }, [refreshWait]);
  useEffect(() => {
    if (waitUntil <= now) return;
    const timer = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(timer);
  }, [waitUntil, now]);
  return { waitSeconds: Math.max(0, Math.ceil((waitUntil - now) / 1000)), refreshWait };
}

export function UnlockScreen({ reason }: { reason?: 'idle' | 'manual' | undefined }) {
  const t = useT();
  const go = useSession((s) => s.go);
  const [passphrase, setPassphrase] = useState('');
  const [busy, setBusy] = useState(false);
  const { waitSeconds, refreshWait } = useUnlockWait();
  const [error, setError] = useState<string | null>(null);
  const [recovering, setRecovering] = useState(false);

  const submit = async () => {
    if (busy || waitSeconds > 0 || !passphrase) return;
    setBusy(true);
    setError(null);
    try {
      const started = performance.now();
      await vault.unlock(passphrase);
      performance.measure('maillage:unlock', { start: started, end: performance.now() });
      requestPersistentStorage();
      go({ name: 'library' });
    } catch (e) {
      await refreshWait();
      setError(describeKeyError(e, t) ?? (e instanceof Error ? e.message : String(e)));
      setPassphrase('');
      setBusy(false);
    }
  };

  if (recovering) return <RecoveryForm onCancel={() => setRecovering(false)} />;

  return (
    <main className="vault-screen">
      <form className="vault-card" onSubmit={(e) => (e.preventDefault(), void submit())} aria-labelledby="unlock-title">
        <img src="/icon.svg" alt="" width={56} height={56} />
        <h1 id="unlock-title">{t('unlock.title')}</h1>
        {reason === 'idle' && <p className="hint">{t('unlock.lockedIdle')}</p>}
        <label className="field">
          <span>{t('vault.passphrase')}</span>
          <input type="password" autoComplete="current-password" autoFocus value={passphrase} onChange={(e) => setPassphrase(e.target.value)} disabled={busy} />
        </label>
        {(error || waitSeconds > 0) && (
          <p className="form-error" role="alert">
            {error} {waitSeconds > 0 && t('unlock.wait', { seconds: waitSeconds })}
          </p>
        )}
        <button type="submit" className="button button-primary" disabled={busy || waitSeconds > 0 || !passphrase}>
          {busy ? t('unlock.unlocking') : t('unlock.unlock')}
        </button>
        <button type="button" className="link-button" onClick={() => setRecovering(true)}>
          {t('unlock.forgot')}
        </button>
        <LanguageSwitch />
      </form>
    </main>
  );
}

function RecoveryForm({ onCancel }: { onCancel(): void }) {
  const t = useT();
  const go = useSession((s) => s.go);
  const [code, setCode] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const { waitSeconds, refreshWait } = useUnlockWait();
  const submit = async () => {
    setBusy(true);
    setError(null);
    try {
      await vault.changePassphrase({ recoveryCode: code }, passphrase);
      go({ name: 'library' });
    } catch (e) {
      await refreshWait();
      setError(
        e instanceof WeakPassphraseError ? refusalText(t, e.refusal) : (describeKeyError(e, t) ?? (e instanceof Error ? e.message : String(e))),
      );
      setBusy(false);
    }
  };
  return (
    <main className="vault-screen">
      <form className="vault-card" onSubmit={(e) => (e.preventDefault(), void submit())} aria-labelledby="recover-title">
        <h1 id="recover-title">{t('unlock.recoverTitle')}</h1>
        <label className="field">
          <span>{t('unlock.recoveryCode')}</span>
          <input type="text" autoComplete="off" spellCheck={false} value={code} onChange={(e) => setCode(e.target.value)} />
        </label>
        <label className="field">
          <span>{t('unlock.newPassphrase', { min: MIN_PASSPHRASE_CHARACTERS })}</span>
          <input type="password" autoComplete="new-password" value={passphrase} onChange={(e) => setPassphrase(e.target.value)} />
        </label>
        {(error || waitSeconds > 0) && (
          <p className="form-error" role="alert">
            {error} {waitSeconds > 0 && t('unlock.wait', { seconds: waitSeconds })}
          </p>
        )}
        <div className="form-actions">
          <button type="button" className="button" onClick={onCancel}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button button-primary" disabled={busy || waitSeconds > 0 || countCharacters(passphrase) < MIN_PASSPHRASE_CHARACTERS || !code}>
            {t('unlock.recover')}
          </button>
        </div>
      </form>
    </main>
  );
}
