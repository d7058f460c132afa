// The editor's state: the open case, its undo history, the selection and the view toggles.
// Every model change goes through `apply` (or a drag), so every change is undoable and saved.
import { createStore, type StoreApi } from 'zustand/vanilla';
import { useStore } from 'zustand';
import type { CaseDocument } from '../../shared/model/case';
import { dayOf } from '../../shared/model/dates';
import { keepHistories } from '../../shared/timeline/history';
import {
  copyElements,
  deleteElements,
  moveNodes,
  pasteElements,
  type Change,
  type Clipboard,
} from '../../shared/model/operations';
import type { Id, Position } from '../../shared/model/primitives';

/** At least 200 steps, as the issue asks; documents share unchanged parts, so this is cheap. */
export const HISTORY_LIMIT = 500;
const PASTE_OFFSET = 40;

export interface ViewToggles {
  legend: boolean;
  minimap: boolean;
  presentation: boolean;
  find: boolean;
}

export interface EditorState {
  doc: CaseDocument | null;
  past: CaseDocument[];
  future: CaseDocument[];
  /** Selected nodes, links and households, by id. */
  selection: ReadonlySet<Id>;
  /** The node whose name is being typed in place. */
  renaming: Id | null;
  /** "Relier à…": the next node clicked becomes the other end of a link from this one. */
  linkingFrom: Id | null;
  clipboard: Clipboard | null;
  /** The document as it was when the current drag started (one undo step per drag). */
  dragBase: CaseDocument | null;
  view: ViewToggles;
  /** Counts committed changes: autosave watches it. */
  revision: number;
  /**
   * The text field being typed in. Text is written to the document at every key (so that nothing
   * typed waits in a field when the window locks, reloads or closes), and all the keys typed in
   * one field, from focus to blur, make one undo step.
   */
  typing: { key: string; stepTaken: boolean } | null;
  /** The case is being edited in another window: shown, followed, never changed here. */
  readOnly: boolean;

  open(doc: CaseDocument): void;
  close(): void;
  /** close(), and the clipboard emptied: what a lock does. */
  forget(): void;
  apply(update: (doc: CaseDocument) => CaseDocument | Change, options?: { select?: 'created' | Id[]; rename?: boolean }): void;
  beginDrag(): void;
  dragTo(positions: ReadonlyMap<Id, Position>): void;
  endDrag(): void;
  undo(): void;
  redo(): void;
  select(ids: Iterable<Id>): void;
  selectAll(): void;
  deleteSelection(): void;
  copySelection(): void;
  cutSelection(): void;
  paste(): void;
  nudgeSelection(dx: number, dy: number): void;
  startRenaming(id: Id | null): void;
  startLinking(id: Id | null): void;
  setReadOnly(readOnly: boolean): void;
  /** Shows the case as another window saved it: no undo step, nothing to save. */
  follow(doc: CaseDocument): void;
  /** Goes on editing in a copy (new id and title), undo history included: see case-lock.ts. */
  switchTo(id: Id, title: string): void;
  beginTyping(key: string): void;
  endTyping(key: string): void;
  toggleView(key: keyof ViewToggles, value?: boolean): void;
}

export type EditorStore = StoreApi<EditorState>;

function isChange(result: CaseDocument | Change): result is Change {
  return 'created' in result && 'doc' in result;
}

/** After an undo or a redo, the next key typed in the same field begins a new step. */
const restartStep = (typing: EditorState['typing']): EditorState['typing'] => (typing ? { ...typing, stepTaken: false } : null);

export function createEditorStore(): EditorStore {
  return createStore<EditorState>((set, get) => {
    /** Records `next` as one undoable step after `previous`. */
    const commit = (previous: CaseDocument, next: CaseDocument, extra: Partial<EditorState> = {}): void => {
      if (next === previous) return;
      const { typing } = get();
      if (typing?.stepTaken && get().past.length > 0) {
        // Another key in the same field: the step it began already holds the document before it.
        set({ doc: next, future: [], revision: get().revision + 1, ...extra });
        return;
      }
      const past = [...get().past, previous];
      if (past.length > HISTORY_LIMIT) past.splice(0, past.length - HISTORY_LIMIT);
      set({ doc: next, past, future: [], revision: get().revision + 1, ...(typing ? { typing: { ...typing, stepTaken: true } } : {}), ...extra });
    };

    /** The selection without what no longer exists: the same Set when nothing went, so that
     * nothing that depends on the selection (React Flow's edges among others) is rebuilt. */
    const existing = (doc: CaseDocument, ids: ReadonlySet<Id>): ReadonlySet<Id> => {
      if (ids.size === 0) return ids;
      const known = new Set<Id>([...doc.nodes.map((n) => n.id), ...doc.links.map((l) => l.id), ...doc.households.map((h) => h.id)]);
      const kept = [...ids].filter((id) => known.has(id));
      return kept.length === ids.size ? ids : new Set(kept);
    };

    return {
      doc: null,
      past: [],
      future: [],
      selection: new Set(),
      renaming: null,
      linkingFrom: null,
      clipboard: null,
      dragBase: null,
      view: { legend: true, minimap: false, presentation: false, find: false },
      revision: 0,
      typing: null,
      readOnly: false,

      open(doc) {
        set({ doc, past: [], future: [], selection: new Set(), renaming: null, linkingFrom: null, dragBase: null, revision: 0, typing: null });
      },
      close() {
        set({ doc: null, past: [], future: [], selection: new Set(), renaming: null, linkingFrom: null, dragBase: null, typing: null });
      },
      forget() {
        // The clipboard holds names too: on a lock nothing of any case stays behind.
        get().close();
        set({ clipboard: null });
      },

      apply(update, options = {}) {
        const { doc, readOnly } = get();
        if (!doc || readOnly) return;
        const result = update(doc);
        const edited = isChange(result) ? result : { doc: result, created: [] };
        // A mandate or a measure that changes keeps its former form, dated: the past map stays as it was.
        const change = { ...edited, doc: keepHistories(doc, edited.doc, dayOf(new Date())) };
        const selection =
          options.select === 'created' ? new Set(change.created.slice(0, 1)) : options.select ? new Set(options.select) : existing(change.doc, get().selection);
        commit(doc, change.doc, {
          selection,
          renaming: options.rename ? (change.created[0] ?? null) : get().renaming,
        });
      },

      beginDrag() {
        const { doc, dragBase, readOnly } = get();
        if (doc && !dragBase && !readOnly) set({ dragBase: doc });
      },
      dragTo(positions) {
        const { doc, dragBase } = get();
        // Why no history here: a drag is hundreds of steps; endDrag records one.
        if (doc && dragBase) set({ doc: moveNodes(doc, positions) });
      },
      endDrag() {
        const { doc, dragBase } = get();
        set({ dragBase: null });
        if (doc && dragBase && doc !== dragBase) commit(dragBase, doc);
      },

      undo() {
        const { doc, past, future, readOnly } = get();
        const previous = past[past.length - 1];
        if (!doc || !previous || readOnly) return;
        set({ doc: previous, past: past.slice(0, -1), future: [doc, ...future], revision: get().revision + 1, renaming: null, selection: existing(previous, get().selection), typing: restartStep(get().typing) });
      },
      redo() {
        const { doc, past, future, readOnly } = get();
        const next = future[0];
        if (!doc || !next || readOnly) return;
        set({ doc: next, past: [...past, doc], future: future.slice(1), revision: get().revision + 1, renaming: null, selection: existing(next, get().selection), typing: restartStep(get().typing) });
      },

      select(ids) {
        const selection = new Set(ids);
        const current = get().selection;
        // Keep the same Set when nothing changed, so selectors on it do not fire.
        if (selection.size === current.size && [...selection].every((id) => current.has(id))) return;
        set({ selection, renaming: null });
      },
      selectAll() {
        const { doc } = get();
        if (doc) set({ selection: new Set(doc.nodes.map((n) => n.id)) });
      },
      deleteSelection() {
        const { selection } = get();
        if (selection.size === 0) return;
        get().apply((doc) => deleteElements(doc, selection), { select: [] });
      },
      copySelection() {
        const { doc, selection } = get();
        if (!doc || selection.size === 0) return;
        const clip = copyElements(doc, selection);
        if (clip.nodes.length) set({ clipboard: clip });
      },
      cutSelection() {
        get().copySelection();
        get().deleteSelection();
      },
      paste() {
        const { clipboard } = get();
        if (!clipboard) return;
        let created: Id[] = [];
        get().apply((doc) => {
          const change = pasteElements(doc, clipboard, { x: PASTE_OFFSET, y: PASTE_OFFSET });
          created = change.created;
          return change;
        });
        set({ selection: new Set(created), clipboard: { ...clipboard, nodes: clipboard.nodes.map((n) => ({ ...n, position: { x: n.position.x + PASTE_OFFSET, y: n.position.y + PASTE_OFFSET } })) } });
      },
      nudgeSelection(dx, dy) {
        const { doc, selection } = get();
        if (!doc) return;
        const moves = new Map<Id, Position>();
        for (const node of doc.nodes) {
          if (selection.has(node.id)) moves.set(node.id, { x: node.position.x + dx, y: node.position.y + dy });
        }
        if (moves.size) get().apply((d) => moveNodes(d, moves));
      },
      startRenaming(id) {
        if (!(id && get().readOnly)) set({ renaming: id });
      },
      startLinking(id) {
        if (!(id && get().readOnly)) set({ linkingFrom: id });
      },
      setReadOnly(readOnly) {
        if (readOnly === get().readOnly) return;
        set(readOnly ? { readOnly, renaming: null, linkingFrom: null, dragBase: null, typing: null } : { readOnly });
      },
      follow(doc) {
        // The revision is left as it is: the autosave has nothing to store (see autosave.ts).
        set({ doc, past: [], future: [], dragBase: null, selection: existing(doc, get().selection) });
      },
      switchTo(id, title) {
        const { doc } = get();
        if (!doc) return;
        const rename = (d: CaseDocument): CaseDocument => ({ ...d, id, title });
        // Two steps on purpose: the new id first (the autosave takes it as a case of its own), then
        // one more revision, so that the copy is stored with everything done so far.
        set({ doc: rename(doc), past: get().past.map(rename), future: get().future.map(rename) });
        set({ revision: get().revision + 1 });
      },
      beginTyping(key) {
        set({ typing: { key, stepTaken: false } });
      },
      endTyping(key) {
        if (get().typing?.key === key) set({ typing: null });
      },
      toggleView(key, value) {
        set({ view: { ...get().view, [key]: value ?? !get().view[key] } });
      },
    };
  });
}

/** The app's one editor. Tests create their own with createEditorStore(). */
export const editorStore = createEditorStore();

/** Subscribes a component to the narrowest slice it needs. */
export function useEditor<T>(selector: (state: EditorState) => T): T {
  return useStore(editorStore, selector);
}
