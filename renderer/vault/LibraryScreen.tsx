import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { laurentExample } from '../../shared/examples/laurent';
import { LOCALES, translate } from '../../shared/i18n/messages';
import type { CaseDocument } from '../../shared/model/case';
import { renderDiagramSvg } from '../../shared/render/diagram';
import { commandTitle, execute } from '../app/commands';
import { ModalDialog } from '../dialogs/ModalDialog';
import { useLocaleStore, useT } from '../i18n';
import { foldForSearch } from '../panels/FindBox';
import { countCharacters, MIN_PASSPHRASE_CHARACTERS, WeakPassphraseError } from '../../shared/security/passphrase';
import { TRASH_DAYS, type LibraryEntry, type PendingChange } from '../storage/vault';
import { editorStore } from '../store/editor-store';
import { IDLE_CHOICES, useIdleSetting } from './idle-lock';
import { describeKeyError } from './key-errors';
import { refusalText } from './passphrase-strength';
import { RepairDialog } from './RepairView';
import { ExportCaseDialog, ImportDialog, saveVaultBackup } from './TransferDialogs';
import { openNewCase, useSession, vault } from './vault-session';

type Tab = 'active' | 'archived' | 'trash';
type Sort = 'recent' | 'title';
type Readable = Extract<LibraryEntry, { readable: true }>;

/** Thumbnails drawn while the library is shown, by case version and locale; dropped with the screen (at a lock). */
type ThumbnailCache = Map<string, string>;

function thumbnail(cache: ThumbnailCache, entry: Readable, locale: 'fr' | 'en'): string {
  const key = `${entry.id}@${entry.updatedAt}@${locale}`;
  let url = cache.get(key);
  if (!url) {
    const svg = renderDiagramSvg(entry.doc, { locale, showLegend: false });
    url = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
    cache.set(key, url);
  }
  return url;
}

/** How far outside the viewport a card's thumbnail is drawn ahead of the scroll. */
const THUMBNAIL_MARGIN = '600px 0px';

/**
 * A card's diagram, drawn only once the card comes near the viewport. Why: drawing, decoding and
 * laying out every case's full-diagram SVG before showing any card took ~50 s for 500 cases (#13);
 * meanwhile a placeholder of the same size keeps the grid from jumping.
 */
function CaseThumbnail({ entry, locale, cache }: { entry: Readable; locale: 'fr' | 'en'; cache: ThumbnailCache }) {
  const placeholder = useRef<HTMLSpanElement>(null);
  const [near, setNear] = useState(false);
  useEffect(() => {
    const element = placeholder.current;
    if (near || !element) return;
    const observer = new IntersectionObserver((seen) => seen.some((s) => s.isIntersecting) && setNear(true), { rootMargin: THUMBNAIL_MARGIN });
    observer.observe(element);
    return () => observer.disconnect();
  }, [near]);
  if (!near) return <span ref={placeholder} className="case-thumbnail" data-testid="case-thumbnail-pending" />;
  return <img src={thumbnail(cache, entry, locale)} alt="" className="case-thumbnail" />;
}

export function LibraryScreen() {
  const t = useT();
  const locale = useLocaleStore((s) => s.locale);
  const setLocale = useLocaleStore((s) => s.setLocale);
  const go = useSession((s) => s.go);
  const [entries, setEntries] = useState<LibraryEntry[] | null>(null);
  const [pending, setPending] = useState<PendingChange[]>([]);
  const [tab, setTab] = useState<Tab>('active');
  const [sort, setSort] = useState<Sort>('recent');
  const [query, setQuery] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [changingPassphrase, setChangingPassphrase] = useState(false);
  const [newCode, setNewCode] = useState(false);
  const [repairing, setRepairing] = useState<string | null>(null);
  const importing = useSession((s) => s.importing);
  const setImporting = useSession((s) => s.setImporting);
  const [exporting, setExporting] = useState<CaseDocument | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const integrity = vault.integrityNotice();
  const [thumbnails] = useState<ThumbnailCache>(() => new Map());

  const refresh = useCallback(async () => {
    try {
      setEntries(await vault.library());
      setPending(await vault.pendingChanges());
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  }, []);

  useEffect(() => {
    // Trash older than 30 days goes on its own, then the list is read.
    void vault.emptyTrash(TRASH_DAYS).catch(() => 0).then(refresh);
  }, [refresh]);

  const run = async (action: () => Promise<unknown>) => {
    setError(null);
    try {
      await action();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
    await refresh();
  };

  /** Opens the case as stored now (the list may be older: another window may have changed it since). */
  const open = async (id: string) => {
    const { doc, repairs } = await vault.open(id);
    editorStore.getState().open(doc);
    useSession.getState().setRepaired({ kind: 'opened', cases: [{ title: doc.title, repairs }] });
    go({ name: 'editor' });
  };
  const createAndOpen = async (doc: CaseDocument) => {
    await vault.save(doc);
    await open(doc.id);
  };

  const shown = useMemo(() => {
    if (!entries) return [];
    const q = foldForSearch(query.trim());
    const readable = entries.filter((e): e is Readable => e.readable && e.state === tab);
    const matching = q ? readable.filter((e) => foldForSearch(e.title).includes(q) || e.names.some((n) => foldForSearch(n).includes(q))) : readable;
    return [...matching].sort((a, b) => (sort === 'title' ? a.title.localeCompare(b.title, locale) : b.updatedAt.localeCompare(a.updatedAt)));
  }, [entries, query, tab, sort, locale]);
  const unreadable = entries?.filter((e): e is Extract<LibraryEntry, { readable: false }> => !e.readable) ?? [];
  const count = (state: Tab) => entries?.filter((e) => e.readable && e.state === state).length ?? 0;
  const date = (iso: string) => new Date(iso).toLocaleString(locale === 'fr' ? 'fr-FR' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' });

  return (
    <main className="library" aria-labelledby="library-title">
      <header className="library-header">
        <img src="/icon.svg" alt="" width={36} height={36} />
        <h1 id="library-title">{t('library.title')}</h1>
        <div className="library-header-actions">
          <button type="button" className="button button-primary" onClick={() => void run(() => openNewCase(translate(locale, 'start.newCase')))} title={commandTitle('new-case', t('command.new-case'), locale)}>
            + {t('start.newCase')}
          </button>
          <button type="button" className="button" onClick={() => void run(() => createAndOpen(laurentExample()))}>
            {t('start.openExample')}
          </button>
          <button type="button" className="button" onClick={() => execute('import-file')} title={commandTitle('import-file', t('library.import'), locale)}>
            {t('library.import')}
          </button>
          <button type="button" className="button" onClick={() => void run(async () => { const name = await saveVaultBackup(); if (name) setNotice(t('library.backupSaved', { name })); })}>
            {t('library.backup')}
          </button>
          <IdleSelect />
          <select aria-label={t('language.label')} value={locale} onChange={(e) => setLocale(e.target.value as typeof locale)}>
            {LOCALES.map((code) => (
              <option key={code} value={code}>
                {t(`language.${code}`)}
              </option>
            ))}
          </select>
          <button type="button" className="button" onClick={() => setChangingPassphrase(true)}>
            {t('library.changePassphrase')}
          </button>
          <button type="button" className="button" onClick={() => execute('lock')} title={commandTitle('lock', t('library.lock'), locale)}>
            {t('library.lock')}
          </button>
        </div>
      </header>
      <div className="library-toolbar">
        <div role="tablist" aria-label={t('library.title')}>
          {(['active', 'archived', 'trash'] as const).map((name) => (
            <button key={name} type="button" role="tab" aria-selected={tab === name} className={`tab${tab === name ? ' is-active' : ''}`} onClick={() => setTab(name)}>
              {t(`library.tab.${name}`)} ({count(name)})
            </button>
          ))}
        </div>
        <input type="search" className="library-search" aria-label={t('library.search')} placeholder={t('library.search')} value={query} onChange={(e) => setQuery(e.target.value)} />
        <select aria-label={t('library.sort')} value={sort} onChange={(e) => setSort(e.target.value as Sort)}>
          <option value="recent">{t('library.sortRecent')}</option>
          <option value="title">{t('library.sortTitle')}</option>
        </select>
        {tab === 'trash' && count('trash') > 0 && (
          <button type="button" className="button button-danger" onClick={() => window.confirm(t('library.emptyTrashConfirm')) && void run(() => vault.emptyTrash(0))}>
            {t('library.emptyTrash')}
          </button>
        )}
      </div>
      {error && <p className="form-error library-error" role="alert">{error}</p>}
      {notice && <p className="notice" role="status">{notice}</p>}
      {vault.recoverySlotDamaged() && (
        <div className="notice notice-warning" role="alert" data-testid="recovery-damaged">
          <span>{t('recovery.damaged')}</span>{' '}
          <button type="button" className="button button-primary" onClick={() => setNewCode(true)}>
            {t('recovery.new')}
          </button>
        </div>
      )}
      {integrity && (
        <p className="notice notice-warning" role="alert">
          {t(`integrity.${integrity}`)}
        </p>
      )}
      {pending.map((change) => (
        <div key={change.id} className="notice pending-recovery" data-testid="pending-recovery" role="status">
          <span>{t('pending.offer', { title: change.title, date: date(change.createdAt) })}</span>
          <button type="button" className="button button-primary" onClick={() => void run(async () => open(await vault.resumePending(change.id)))}>
            {t('pending.resume')}
          </button>
          <button type="button" className="button" onClick={() => window.confirm(t('pending.discardConfirm')) && void run(() => vault.discardPending(change.id))}>
            {t('pending.discard')}
          </button>
        </div>
      ))}
      {tab === 'trash' && <p className="hint library-hint">{t('library.trashHint', { days: TRASH_DAYS })}</p>}
      {entries === null ? (
        <p className="hint library-hint">{t('library.loading')}</p>
      ) : (
        <ul className="case-grid">
          {shown.map((entry) => (
            <li key={entry.id} className="case-card" data-testid="case-card">
              <button type="button" className="case-open" onClick={() => void run(() => open(entry.id))} disabled={tab === 'trash'} aria-label={`${t('library.open')} : ${entry.title}`}>
                <CaseThumbnail entry={entry} locale={locale} cache={thumbnails} />
              </button>
              <div className="case-info">
                <h2>{entry.title}</h2>
                <p className="hint">
                  {t('library.changed', { date: date(entry.updatedAt) })} · {t('library.counts', { people: entry.people, professionals: entry.professionals })}
                </p>
                <div className="case-actions">
                  {tab !== 'trash' && (
                    <>
                      <button type="button" className="link-button" onClick={() => { const title = window.prompt(t('library.renamePrompt'), entry.title); if (title?.trim()) void run(() => vault.rename(entry.id, title.trim())); }}>
                        {t('library.rename')}
                      </button>
                      <button type="button" className="link-button" onClick={() => void run(() => vault.duplicate(entry.id, t('library.copySuffix')))}>
                        {t('library.duplicate')}
                      </button>
                      <button type="button" className="link-button" onClick={() => void run(() => vault.setState(entry.id, tab === 'archived' ? 'active' : 'archived'))}>
                        {tab === 'archived' ? t('library.unarchive') : t('library.archive')}
                      </button>
                      <button type="button" className="link-button" onClick={() => setExporting(entry.doc)}>
                        {t('library.export')}
                      </button>
                      <button type="button" className="link-button danger" onClick={() => void run(() => vault.remove(entry.id))}>
                        {t('library.delete')}
                      </button>
                    </>
                  )}
                  {tab === 'trash' && (
                    <>
                      <button type="button" className="link-button" onClick={() => void run(() => vault.setState(entry.id, 'active'))}>
                        {t('library.restore')}
                      </button>
                      <button type="button" className="link-button danger" onClick={() => window.confirm(t('library.purgeConfirm', { title: entry.title })) && void run(() => vault.purge(entry.id))}>
                        {t('library.purge')}
                      </button>
                    </>
                  )}
                </div>
              </div>
            </li>
          ))}
          {tab === 'active' &&
            unreadable.map((entry) => (
              <li key={entry.id} className="case-card is-unreadable" data-testid="unreadable-case">
                {entry.damage === 'invalid' ? (
                  <div className="case-info">
                    <h2>{t('repair.cardTitle')}</h2>
                    <p className="hint">{t('repair.cardHint', { date: entry.updatedAt ? date(entry.updatedAt) : '—' })}</p>
                    <button type="button" className="button button-primary" onClick={() => setRepairing(entry.id)}>
                      {t('repair.show')}
                    </button>
                  </div>
                ) : (
                  <div className="case-info">
                    <h2>{t('library.unreadable')}</h2>
                    <p className="hint">{t('library.unreadableHint', { date: entry.updatedAt ? date(entry.updatedAt) : '—' })}</p>
                    <p className="hint">{t(`damage.${entry.damage}`)}</p>
                  </div>
                )}
              </li>
            ))}
          {shown.length === 0 && unreadable.length === 0 && <li className="hint library-hint">{query ? t('library.noMatch') : t(`library.empty.${tab}`)}</li>}
        </ul>
      )}
      {changingPassphrase && (
        <ChangePassphraseDialog
          onClose={() => setChangingPassphrase(false)}
          onNewCode={() => {
            setChangingPassphrase(false);
            setNewCode(true);
          }}
        />
      )}
      {newCode && <NewRecoveryCodeDialog onClose={() => setNewCode(false)} />}
      {repairing && (
        <RepairDialog
          caseId={repairing}
          onClose={() => {
            setRepairing(null);
            void refresh();
          }}
          onOpen={(id) => {
            setRepairing(null);
            void run(() => open(id));
          }}
        />
      )}
      {importing && <ImportDialog onClose={() => { setImporting(false); void refresh(); }} onImported={setNotice} />}
      {exporting && <ExportCaseDialog doc={exporting} onClose={() => setExporting(null)} />}
    </main>
  );
}

function IdleSelect() {
  const t = useT();
  const minutes = useIdleSetting((s) => s.minutes);
  const setMinutes = useIdleSetting((s) => s.setMinutes);
  return (
    <label className="idle-select">
      {t('library.idle')}{' '}
      <select value={minutes} onChange={(e) => setMinutes(Number(e.target.value))}>
        {IDLE_CHOICES.map((m) => (
          <option key={m} value={m}>
            {t('library.minutes', { minutes: m })}
          </option>
        ))}
      </select>
    </label>
  );
}

/** A new recovery code, once the passphrase is confirmed; shown once on the recovery-code screen. */
function NewRecoveryCodeDialog({ onClose }: { onClose(): void }) {
  const t = useT();
  const go = useSession((s) => s.go);
  const [passphrase, setPassphrase] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const submit = async () => {
    setBusy(true);
    setError(null);
    try {
      const code = await vault.newRecoveryCode(passphrase);
      go({ name: 'recovery-code', code });
    } catch (e) {
      setError(describeKeyError(e, t) ?? (e instanceof Error ? e.message : String(e)));
      setBusy(false);
    }
  };
  return (
    <ModalDialog labelledBy="new-code-title" onClose={onClose}>
      <form className="vault-card" onSubmit={(e) => (e.preventDefault(), void submit())}>
        <h2 id="new-code-title">{t('recovery.new')}</h2>
        <p className="hint">{t('recovery.newHint')}</p>
        <label className="field">
          <span>{t('library.currentPassphrase')}</span>
          <input type="password" autoComplete="current-password" value={passphrase} onChange={(e) => setPassphrase(e.target.value)} />
        </label>
        {error && <p className="form-error" role="alert">{error}</p>}
        <div className="form-actions">
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button button-primary" disabled={busy || !passphrase}>
            {t('recovery.make')}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}

/** Changes the passphrase; the way to a new recovery code is here too (the header keeps to one row). */
function ChangePassphraseDialog({ onClose, onNewCode }: { onClose(): void; onNewCode(): void }) {
  const t = useT();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const submit = async () => {
    setBusy(true);
    setError(null);
    try {
      await vault.changePassphrase({ passphrase: current }, next);
      setDone(true);
    } catch (e) {
      setError(
        e instanceof WeakPassphraseError ? refusalText(t, e.refusal) : (describeKeyError(e, t) ?? (e instanceof Error ? e.message : String(e))),
      );
    }
    setBusy(false);
  };
  return (
    <ModalDialog labelledBy="change-title" onClose={onClose}>
      <form className="vault-card" onSubmit={(e) => (e.preventDefault(), void submit())}>
        <h2 id="change-title">{t('library.changePassphrase')}</h2>
        {done ? (
          <p role="status">{t('library.passphraseChanged')}</p>
        ) : (
          <>
            <label className="field">
              <span>{t('library.currentPassphrase')}</span>
              <input type="password" autoComplete="current-password" value={current} onChange={(e) => setCurrent(e.target.value)} />
            </label>
            <label className="field">
              <span>{t('unlock.newPassphrase', { min: MIN_PASSPHRASE_CHARACTERS })}</span>
              <input type="password" autoComplete="new-password" value={next} onChange={(e) => setNext(e.target.value)} />
            </label>
            <label className="field">
              <span>{t('vault.confirm')}</span>
              <input type="password" autoComplete="new-password" value={confirmation} onChange={(e) => setConfirmation(e.target.value)} />
            </label>
            {error && <p className="form-error" role="alert">{error}</p>}
            <button type="button" className="link-button" onClick={onNewCode}>
              {t('recovery.new')}…
            </button>
          </>
        )}
        <div className="form-actions">
          <button type="button" className="button" onClick={onClose}>
            {done ? t('shortcuts.close') : t('common.cancel')}
          </button>
          {!done && (
            <button type="submit" className="button button-primary" disabled={busy || countCharacters(next) < MIN_PASSPHRASE_CHARACTERS || next !== confirmation || !current}>
              {busy ? t('vault.creating') : t('library.changePassphrase')}
            </button>
          )}
        </div>
      </form>
    </ModalDialog>
  );
}
