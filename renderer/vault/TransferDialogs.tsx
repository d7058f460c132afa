import { useState } from 'react';
import { ImportError } from '../../shared/crypto/case-file';
import { MAX_LINKS, MAX_NODES, type CaseDocument } from '../../shared/model/case';
import { ModalDialog } from '../dialogs/ModalDialog';
import { useT, type Translate } from '../i18n';
import { getPlatform } from '../platform';
import { FileTooLargeError } from '../platform/platform';
import { exportCaseFile, exportVaultBackup, identifyImport, importCase, importVaultBackup, MAX_IMPORT_BYTES, plainCaseJson, type ImportKind } from '../storage/backup';
import { MIN_PASSPHRASE_CHARACTERS } from '../../shared/security/passphrase';
import { describeKeyError } from './key-errors';
import { useSession, vault } from './vault-session';
import { usePassphraseCheck } from './passphrase-strength';
import { PassphraseMeter } from './PassphraseMeter';

const JSON_FILTER = [{ name: 'Maillage', extensions: ['json', 'maillage'] }];

/** An import or export failure in the user's language, naming the problem. */
export function describeTransferError(error: unknown, t: Translate): string {
  if (error instanceof FileTooLargeError) return t('transfer.error.too-large');
  if (error instanceof ImportError) return t(`transfer.error.${error.problem}`, { max: MAX_NODES, links: MAX_LINKS });
  return describeKeyError(error, t) ?? (error instanceof Error ? error.message : String(error));
}

function stamp(): string {
  return new Date().toISOString().slice(0, 10);
}

export async function saveVaultBackup(): Promise<string | null> {
  return getPlatform().saveFile({ suggestedName: `maillage-sauvegarde-${stamp()}.json`, filters: JSON_FILTER, data: () => exportVaultBackup(vault) });
}

/** Import a backup, an encrypted case or a plain case: asks for a passphrase only when the file needs one. */
export function ImportDialog({ onClose, onImported }: { onClose(): void; onImported(message: string): void }) {
  const t = useT();
  const [file, setFile] = useState<{ name: string; kind: ImportKind; raw: unknown } | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const pick = async () => {
    setError(null);
    try {
      const opened = await getPlatform().openFile({ filters: JSON_FILTER, maxBytes: MAX_IMPORT_BYTES });
      if (!opened) return;
      const identified = identifyImport(opened.data);
      if (identified.kind === 'plain-case') await finish(identified.kind, identified.raw, '');
      else setFile({ name: opened.name, ...identified });
    } catch (e) {
      setError(describeTransferError(e, t));
    }
  };

  const finish = async (kind: ImportKind, raw: unknown, secret: string) => {
    setBusy(true);
    setError(null);
    try {
      if (kind === 'backup') {
        const result = await importVaultBackup(vault, raw, secret);
        onImported(t('transfer.backupImported', { added: result.added, copies: result.copies, updated: result.updated, kept: result.kept }));
        useSession.getState().setRepaired({ kind: 'imported', cases: result.repaired });
      } else {
        const doc = await importCase(vault, kind, raw, secret);
        onImported(t('transfer.caseImported', { title: doc.title }));
        useSession.getState().setRepaired({ kind: 'imported', cases: [{ title: doc.title, repairs: doc.repairs ?? [] }] });
      }
      onClose();
    } catch (e) {
      setError(describeTransferError(e, t));
      setBusy(false);
    }
  };

  return (
    <ModalDialog labelledBy="import-title" onClose={onClose}>
      <form className="vault-card" onSubmit={(e) => (e.preventDefault(), file && void finish(file.kind, file.raw, passphrase))}>
        <h2 id="import-title">{t('transfer.importTitle')}</h2>
        <p className="hint">{t('transfer.importHint')}</p>
        {!file && (
          <button type="button" className="button" onClick={() => void pick()}>
            {t('transfer.chooseFile')}
          </button>
        )}
        {file && (
          <>
            <p>
              <strong>{file.name}</strong> — {t(`transfer.kind.${file.kind}`)}
            </p>
            <label className="field">
              <span>{file.kind === 'backup' ? t('transfer.backupPassphrase') : t('transfer.filePassphrase')}</span>
              <input type="password" autoFocus value={passphrase} onChange={(e) => setPassphrase(e.target.value)} />
            </label>
          </>
        )}
        {error && <p className="form-error" role="alert">{error}</p>}
        <div className="form-actions">
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          {file && (
            <button type="submit" className="button button-primary" disabled={busy || !passphrase}>
              {busy ? t('vault.creating') : t('transfer.import')}
            </button>
          )}
        </div>
      </form>
    </ModalDialog>
  );
}

/** Export one case: encrypted with a transfer passphrase (default), or in clear behind a warning. */
export function ExportCaseDialog({ doc, onClose }: { doc: CaseDocument; onClose(): void }) {
  const t = useT();
  const [mode, setMode] = useState<'encrypted' | 'plain'>('encrypted');
  const [passphrase, setPassphrase] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [understood, setUnderstood] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // A file that travels is protected by this passphrase alone: the vault's rule applies to it too.
  const { check, current } = usePassphraseCheck(passphrase);
  const acceptable = current && check.state === 'done' && check.assessment.acceptable;
  const ready = mode === 'encrypted' ? acceptable && passphrase === confirmation : understood;

  const submit = async () => {
    setBusy(true);
    setError(null);
    try {
      const saved = await getPlatform().saveFile({
        // A neutral file name: the title could name the family.
        suggestedName: `situation-${stamp()}${mode === 'plain' ? '-EN-CLAIR' : ''}.json`,
        filters: JSON_FILTER,
        data: () => (mode === 'encrypted' ? exportCaseFile(doc, passphrase) : Promise.resolve(plainCaseJson(doc))),
      });
      if (saved) onClose();
      else setBusy(false);
    } catch (e) {
      setError(describeTransferError(e, t));
      setBusy(false);
    }
  };

  return (
    <ModalDialog labelledBy="export-title" onClose={onClose}>
      <form className="vault-card" onSubmit={(e) => (e.preventDefault(), void submit())}>
        <h2 id="export-title">{t('transfer.exportTitle', { title: doc.title })}</h2>
        <label className="checkbox">
          <input type="radio" name="mode" checked={mode === 'encrypted'} onChange={() => setMode('encrypted')} /> {t('transfer.encrypted')}
        </label>
        <label className="checkbox">
          <input type="radio" name="mode" checked={mode === 'plain'} onChange={() => setMode('plain')} /> {t('transfer.plain')}
        </label>
        {mode === 'encrypted' ? (
          <>
            <p className="hint">{t('transfer.encryptedHint')}</p>
            <label className="field">
              <span>{t('transfer.transferPassphrase', { min: MIN_PASSPHRASE_CHARACTERS })}</span>
              <input type="password" autoComplete="new-password" value={passphrase} onChange={(e) => setPassphrase(e.target.value)} aria-describedby="transfer-strength" />
            </label>
            <PassphraseMeter id="transfer-strength" check={check} t={t} />
            <label className="field">
              <span>{t('vault.confirm')}</span>
              <input type="password" autoComplete="new-password" value={confirmation} onChange={(e) => setConfirmation(e.target.value)} />
            </label>
          </>
        ) : (
          <>
            <p className="warning">{t('transfer.plainWarning')}</p>
            <label className="checkbox">
              <input type="checkbox" checked={understood} onChange={(e) => setUnderstood(e.target.checked)} /> {t('transfer.plainUnderstood')}
            </label>
          </>
        )}
        {error && <p className="form-error" role="alert">{error}</p>}
        <div className="form-actions">
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button button-primary" disabled={!ready || busy}>
            {busy ? t('vault.creating') : t('transfer.export')}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
