import { useMemo, useState } from 'react';
import { useReactFlow } from '@xyflow/react';
import { commandSpec } from '../../shared/commands/commands';
import { proposals, type Proposal } from '../../shared/entry/palette';
import { ShortText } from '../../shared/model/primitives';
import type { Position } from '../../shared/model/primitives';
import { currentContext, isEnabled, runCommand } from '../app/commands';
import { ModalDialog } from '../dialogs/ModalDialog';
import { useLocaleStore, useT } from '../i18n';
import { editorStore, useEditor } from '../store/editor-store';
import { choiceFieldAria, choiceStep, movedChoice, optionId } from './choice-field';
import { goToElement } from './FindBox';
import './command-palette.css';

const PROPOSALS = 'palette-proposals';

/** The longest line the palette takes: a name or a role is at most this long anyway. */
const MAX_LINE = (ShortText.maxLength ?? 200) * 2;

/**
 * Ctrl+K: add, link or find by typing what is said ("+ Julien Moreau, 38, ex-mari de Sophie",
 * "Monique soutient Sophie", "exporter"). Each proposal says what it will do; Enter does the first.
 */
export function CommandPalette({ onClose, centre }: { onClose(): void; centre(): Position }) {
  const t = useT();
  const locale = useLocaleStore((s) => s.locale);
  const doc = useEditor((s) => s.doc);
  const flow = useReactFlow();
  const [line, setLine] = useState('');
  const [active, setActive] = useState(0);
  const [at] = useState(centre);
  const found = useMemo(() => {
    if (!doc) return [];
    const context = currentContext();
    return proposals({ doc, locale, at }, line).filter((p) => p.kind !== 'command' || isEnabled(commandSpec(p.command).when, context));
  }, [doc, locale, at, line]);
  const chosen = Math.min(active, Math.max(found.length - 1, 0));

  const run = (proposal: Proposal | undefined) => {
    if (!proposal || !doc) return;
    onClose();
    const store = editorStore.getState();
    if (proposal.kind === 'command') runCommand(proposal.command, currentContext());
    else if (proposal.kind === 'select') goToElement(flow, doc, proposal.id);
    else {
      const first = proposal.change.doc.nodes.find((n) => n.id === proposal.change.created[0]);
      // Something added without a name ("+ éducateur AEMO pour Enzo"): its name field opens.
      store.apply(() => proposal.change, { select: 'created', rename: first !== undefined && !first.name });
    }
  };

  return (
    <ModalDialog labelledBy="palette-title" onClose={onClose} className="palette-modal">
      <div className="command-palette">
        <h2 id="palette-title">{t('palette.title')}</h2>
        <input
          autoFocus
          {...choiceFieldAria(PROPOSALS, found.length, chosen)}
          aria-label={t('palette.label')}
          aria-describedby="palette-hint"
          placeholder={t('palette.placeholder')}
          maxLength={MAX_LINE}
          value={line}
          onChange={(event) => {
            setLine(event.target.value);
            setActive(0);
          }}
          onKeyDown={(event) => {
            const step = choiceStep(event.key);
            if (step !== 0) {
              event.preventDefault();
              setActive(movedChoice(chosen, step, found.length));
            } else if (event.key === 'Enter') {
              event.preventDefault();
              run(found[chosen]);
            }
          }}
        />
        <p id="palette-hint" className="hint">
          {t('palette.hint')}
        </p>
        {line.trim() && (
          <ul id={PROPOSALS} role="listbox" aria-label={t('palette.proposals')} className="palette-proposals">
            {found.length === 0 && <li className="hint">{t('palette.nothing')}</li>}
            {found.map((proposal, index) => (
              <li
                key={`${proposal.kind}-${proposal.label}`}
                id={optionId(PROPOSALS, index)}
                role="option"
                aria-selected={index === chosen}
                className={`palette-proposal palette-${proposal.kind}${index === chosen ? ' is-active' : ''}`}
                onMouseEnter={() => setActive(index)}
                onClick={() => run(proposal)}
              >
                {proposal.label}
              </li>
            ))}
          </ul>
        )}
      </div>
    </ModalDialog>
  );
}
