// Repairs said to the user, never done silently: the repair view of a case record that is authentic
// but fails validation (what is wrong, what a repair does, then what it did), and the notice of what
// restoreCase repaired as a case opened or was imported.
import { useEffect, useState } from 'react';
import type { CaseProblem, Repair } from '../../shared/model/restore';
import { ModalDialog } from '../dialogs/ModalDialog';
import { useLocaleStore, useT } from '../i18n';
import { describeCaseProblem, describeRepair } from './case-problems';
import { useSession, vault } from './vault-session';

export function RepairList({ repairs, label }: { repairs: readonly Repair[]; label: string }) {
  const locale = useLocaleStore((s) => s.locale);
  return (
    <ul className="repair-list" aria-label={label}>
      {repairs.map((repair, i) => (
        <li key={i}>{describeRepair(locale, repair)}</li>
      ))}
    </ul>
  );
}

type Inspected = { doc: unknown; problems: CaseProblem[]; repairs: Repair[] | null };

/**
 * The repair view of a case that does not pass validation: what is wrong, what "Réparer" will do;
 * once repaired, what was done and the way into the case. Nothing is written before "Réparer".
 */
export function RepairDialog({ caseId, onClose, onOpen }: { caseId: string; onClose(): void; onOpen(id: string): void }) {
  const t = useT();
  const locale = useLocaleStore((s) => s.locale);
  const [inspected, setInspected] = useState<Inspected | null>(null);
  const [done, setDone] = useState<Repair[] | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    vault.inspectInvalid(caseId).then(setInspected, (e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  }, [caseId]);

  const repair = async () => {
    setBusy(true);
    setError(null);
    try {
      setDone(await vault.repairInvalid(caseId));
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
    setBusy(false);
  };

  return (
    <ModalDialog labelledBy="repair-title" onClose={onClose} className="repair-dialog">
      <div className="vault-card" data-testid="repair-view">
        <h2 id="repair-title">{done ? t('repair.doneTitle') : t('repair.viewTitle')}</h2>
        {!done && inspected && (
          <>
            <h3>{t('repair.problems')}</h3>
            <ul className="repair-list" aria-label={t('repair.problems')}>
              {inspected.problems.map((problem, i) => (
                <li key={i}>{describeCaseProblem(locale, problem, inspected.doc)}</li>
              ))}
            </ul>
            {inspected.repairs ? (
              <>
                <h3>{t('repair.planned')}</h3>
                <RepairList repairs={inspected.repairs} label={t('repair.planned')} />
                <p className="hint">{t('repair.historyKept')}</p>
              </>
            ) : (
              <p className="warning">{t('repair.impossible')}</p>
            )}
          </>
        )}
        {done && (
          <>
            <RepairList repairs={done} label={t('repair.doneTitle')} />
            <p className="hint">{t('repair.historyKept')}</p>
          </>
        )}
        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
        <div className="form-actions">
          <button type="button" className="button" onClick={onClose}>
            {done ? t('repair.close') : t('common.cancel')}
          </button>
          {done ? (
            <button type="button" className="button button-primary" onClick={() => onOpen(caseId)}>
              {t('repair.open')}
            </button>
          ) : (
            <button type="button" className="button button-primary" disabled={busy || !inspected?.repairs} onClick={() => void repair()}>
              {t('repair.repair')}
            </button>
          )}
        </div>
      </div>
    </ModalDialog>
  );
}

/** What restoreCase repaired as a case opened or as cases were imported (the session holds it until it is read). */
export function RepairNotice() {
  const t = useT();
  const report = useSession((s) => s.repaired);
  const dismiss = () => useSession.getState().setRepaired(null);
  if (!report) return null;
  return (
    <ModalDialog labelledBy="repair-notice-title" onClose={dismiss} className="repair-dialog">
      <div className="vault-card" data-testid="repair-notice">
        <h2 id="repair-notice-title">{report.kind === 'opened' ? t('repair.openedTitle') : t('repair.importedTitle')}</h2>
        {report.cases.map(({ title, repairs }, i) => (
          <section key={i}>
            <h3>{title}</h3>
            <RepairList repairs={repairs} label={title} />
          </section>
        ))}
        <p className="hint">{report.kind === 'opened' ? t('repair.openedHint') : t('repair.importedHint')}</p>
        <div className="form-actions">
          <button type="button" className="button button-primary" onClick={dismiss}>
            {t('repair.dismiss')}
          </button>
        </div>
      </div>
    </ModalDialog>
  );
}
