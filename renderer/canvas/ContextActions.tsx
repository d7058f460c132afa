import { NodeToolbar, Position } from '@xyflow/react';
import { memo, useState } from 'react';
import type { Gender } from '../../shared/model/nodes';
import {
  addChild,
  addColleague,
  addParent,
  addParents,
  addPartner,
  addProfessionalFor,
  addSibling,
  couplesOf,
  createHousehold,
  findNode,
  nextSlotInInstitution,
  parentLinksOf,
  partnerIn,
  professional,
  updateNode,
} from '../../shared/model/operations';
import type { Id } from '../../shared/model/primitives';
import { commandTitle } from '../app/commands';
import { useLocaleStore, useT, type Translate } from '../i18n';
import { editorStore, useEditor } from '../store/editor-store';

const GENDER_BUTTONS: ReadonlyArray<{ gender: Gender; symbol: string }> = [
  { gender: 'woman', symbol: '○' },
  { gender: 'man', symbol: '□' },
  { gender: 'other', symbol: '◇' },
];

function Action({ label, title, onClick }: { label: string; title?: string; onClick(): void }) {
  return (
    <button type="button" className="context-action" onClick={onClick} title={title ?? label}>
      {label}
    </button>
  );
}

const run = (update: Parameters<ReturnType<typeof editorStore.getState>['apply']>[0], rename = true) =>
  editorStore.getState().apply(update, { select: 'created', rename });

/** Quick actions above the selected element: how a family is drawn as fast as it is told. */
/** Memoised: the canvas re-renders at every drag step, this bar has its own subscriptions. */
export const ContextActions = memo(function ContextActions() {
  const t = useT();
  const locale = useLocaleStore((s) => s.locale);
  const selection = useEditor((s) => s.selection);
  // During a drag the document changes at every step; this panel shows nothing that moves.
  const doc = useEditor((s) => s.dragBase ?? s.doc);
  // Hidden while dragging: it would follow the node at every step, over what is being arranged.
  const dragging = useEditor((s) => s.dragBase !== null);
  const readOnly = useEditor((s) => s.readOnly);
  // Hidden while a name is typed: over a new institution's header, it would hide the name field.
  const renaming = useEditor((s) => s.renaming !== null);
  // Projected, a click focuses (see FocusLayer): no editing bar over the map.
  const presentation = useEditor((s) => s.view.presentation);
  const [choosingPartner, setChoosingPartner] = useState<Id | null>(null);
  if (!doc || selection.size === 0 || dragging || readOnly || renaming || presentation) return null;
  const ids = [...selection];
  const nodes = ids.map((id) => findNode(doc, id)).filter((n) => n !== undefined);

  if (nodes.length > 1) {
    const people = nodes.filter((n) => n.kind === 'person');
    if (people.length < 1) return null;
    return (
      <NodeToolbar nodeId={people.map((p) => p.id)} isVisible position={Position.Top} className="context-actions">
        <Action label={t('action.createHousehold')} onClick={() => run((d) => createHousehold(d, people.map((p) => p.id)), false)} />
      </NodeToolbar>
    );
  }
  const node = nodes[0];
  if (!node || nodes.length !== ids.length) return null;

  const linkTo = <Action label={t('command.link')} title={commandTitle('link', t('command.link'), locale)} onClick={() => editorStore.getState().startLinking(node.id)} />;
  const rename = <Action label={t('command.rename')} title={commandTitle('rename', t('command.rename'), locale)} onClick={() => editorStore.getState().startRenaming(node.id)} />;

  return (
    <NodeToolbar nodeId={node.id} isVisible position={Position.Top} className="context-actions" offset={8}>
      {node.kind === 'person' && (
        <>
          <span className="gender-buttons" role="group" aria-label={t('inspector.gender')}>
            {GENDER_BUTTONS.map(({ gender, symbol }) => (
              <button
                key={gender}
                type="button"
                className={`context-action gender-button${node.gender === gender ? ' is-active' : ''}`}
                aria-pressed={node.gender === gender}
                title={t(`gender.${gender}`)}
                aria-label={t(`gender.${gender}`)}
                onClick={() => editorStore.getState().apply((d) => updateNode<'person'>(d, node.id, { gender }))}
              >
                {symbol}
              </button>
            ))}
          </span>
          <Action label={t('action.addPartner')} onClick={() => run((d) => addPartner(d, node.id))} />
          <ChildAction personId={node.id} t={t} choosing={choosingPartner === node.id} setChoosing={setChoosingPartner} />
          <ParentActions personId={node.id} t={t} />
          <Action label={t('action.addSibling')} onClick={() => run((d) => addSibling(d, node.id))} />
          <Action label={t('action.addProfessional')} onClick={() => run((d) => addProfessionalFor(d, node.id))} />
        </>
      )}
      {node.kind === 'professional' && <Action label={t('action.addColleague')} onClick={() => run((d) => addColleague(d, node.id))} />}
      {node.kind === 'institution' && (
        <Action
          label={t('action.addProfessionalInside')}
          onClick={() => run((d) => {
            const pro = professional({ institutionId: node.id, position: nextSlotInInstitution(d, node.id) });
            return { doc: { ...d, nodes: [...d.nodes, pro] }, created: [pro.id] };
          })}
        />
      )}
      {linkTo}
      {rename}
    </NodeToolbar>
  );
});

/** "Mère", "Père" as they are told, one at a time, and "Parents" for both at once. */
function ParentActions({ personId, t }: { personId: Id; t: Translate }) {
  const doc = useEditor((s) => s.dragBase ?? s.doc);
  if (!doc) return null;
  const parents = parentLinksOf(doc, personId).map((l) => findNode(doc, l.parent));
  if (parents.length >= 2) return null;
  const has = (gender: Gender) => parents.some((p) => p?.kind === 'person' && p.gender === gender);
  return (
    <>
      {!has('woman') && <Action label={t('action.addMother')} onClick={() => run((d) => addParent(d, personId, 'woman'))} />}
      {!has('man') && <Action label={t('action.addFather')} onClick={() => run((d) => addParent(d, personId, 'man'))} />}
      {parents.length === 0 && <Action label={t('action.addParents')} onClick={() => run((d) => addParents(d, personId))} />}
    </>
  );
}

function ChildAction({ personId, t, choosing, setChoosing }: { personId: Id; t: Translate; choosing: boolean; setChoosing(id: Id | null): void }) {
  const doc = useEditor((s) => s.dragBase ?? s.doc);
  if (!doc) return null;
  const couples = couplesOf(doc, personId);
  const add = (parents: Id[]) => {
    setChoosing(null);
    run((d) => addChild(d, parents));
  };
  if (couples.length <= 1) {
    const couple = couples[0];
    return <Action label={t('action.addChild')} onClick={() => add(couple ? [couple.a, couple.b] : [personId])} />;
  }
  // Several partners: whose child is it?
  return (
    <span className="child-chooser">
      <Action label={t('action.addChild')} onClick={() => setChoosing(choosing ? null : personId)} />
      {choosing && (
        <span className="child-chooser-menu" role="menu">
          {couples.map((couple) => {
            const partner = findNode(doc, partnerIn(couple, personId));
            return (
              <button key={couple.id} type="button" role="menuitem" className="context-action" onClick={() => add([couple.a, couple.b])}>
                {t('action.childWith', { name: partner && 'name' in partner && partner.name ? partner.name : t('symbol.unnamed') })}
              </button>
            );
          })}
          <button type="button" role="menuitem" className="context-action" onClick={() => add([personId])}>
            {t('action.childAlone')}
          </button>
        </span>
      )}
    </span>
  );
}
