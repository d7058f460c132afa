import { describe, expect, it } from 'vitest';
import { laurentExample } from '../../../../shared/examples/laurent';
import { copyElements, pasteElements } from '../../../../shared/model/operations';
import { restoreCase } from '../../../../shared/model/restore';

describe('copy and paste', () => {
  const doc = laurentExample();
  const pick = (...names: string[]) => new Set(doc.nodes.filter((n) => names.includes(n.name)).map((n) => n.id));

  it('copies the selected nodes and the links between them only', () => {
    const clip = copyElements(doc, pick('Julien Moreau', 'Sophie Laurent'));
    expect(clip.nodes).toHaveLength(2);
    expect(clip.links.map((l) => l.kind).sort()).toEqual(['couple', 'relation']);
  });

  it('takes an institution’s professionals with it', () => {
    const clip = copyElements(doc, pick('CMP'));
    expect(clip.nodes.map((n) => n.name).sort()).toEqual(['CMP', 'Nadia Haddad']);
  });

  it('pastes copies with new ids, shifted, and the result is a valid case', () => {
    const clip = copyElements(doc, pick('Julien Moreau', 'Sophie Laurent', 'CMP'));
    const { doc: next, created } = pasteElements(doc, clip, { x: 40, y: 40 });
    expect(created).toHaveLength(4);
    for (const id of created) expect(doc.nodes.some((n) => n.id === id)).toBe(false);
    const pastedSophie = next.nodes.find((n) => created.includes(n.id) && n.name === 'Sophie Laurent');
    const sophie = doc.nodes.find((n) => n.name === 'Sophie Laurent');
    expect(pastedSophie?.position).toEqual({ x: (sophie?.position.x ?? 0) + 40, y: (sophie?.position.y ?? 0) + 40 });
    expect(pastedSophie?.kind === 'person' && pastedSophie.index).toBe(false);
    const pastedPsy = next.nodes.find((n) => created.includes(n.id) && n.name === 'Nadia Haddad');
    const pastedCmp = next.nodes.find((n) => created.includes(n.id) && n.name === 'CMP');
    expect(pastedPsy?.kind === 'professional' && pastedPsy.institutionId).toBe(pastedCmp?.id);
    const restored = restoreCase(JSON.parse(JSON.stringify(next)));
    expect(restored.ok && restored.repairs).toEqual([]);
  });
});
