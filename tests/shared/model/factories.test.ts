// newLink and newNode: every field a caller leaves out takes the schema's default, and nothing
// invalid comes out of them.
import { describe, expect, it } from 'vitest';
import { CaseLink, newLink } from '../../../shared/model/links';
import { CaseNode, newNode } from '../../../shared/model/nodes';

describe('newLink', () => {
  it('fills every field from the schema defaults', () => {
    const relation = newLink({ kind: 'relation', a: 'x', b: 'y' });
    expect(relation).toMatchObject({ kind: 'relation', a: 'x', b: 'y', quality: 'close', direction: 'none', intensity: 2, notes: '' });
    expect(CaseLink.parse(relation)).toEqual(relation);
    expect(newLink({ kind: 'intervention', from: 'p', to: 'x' })).toMatchObject({ mandate: 'voluntary', measure: '' });
    expect(newLink({ kind: 'couple', a: 'x', b: 'y' }).status).toBe('married');
    expect(newLink({ kind: 'filiation', parent: 'x', child: 'y' }).type).toBe('biological');
    expect(newLink({ kind: 'partnership', a: 'x', b: 'y' }).formality).toBe('informal');
  });

  it('keeps what it is given, a fresh id unless one is given', () => {
    const a = newLink({ kind: 'intervention', from: 'p', to: 'x', mandate: 'judicial', measure: 'aemo', quality: 'conflictual' });
    const b = newLink({ kind: 'intervention', from: 'p', to: 'x' });
    expect(a).toMatchObject({ mandate: 'judicial', measure: 'aemo', quality: 'conflictual' });
    expect(a.id).not.toBe(b.id);
    expect(newLink({ kind: 'referral', from: 'p', to: 'x', id: 'l1' }).id).toBe('l1');
  });

  it('refuses what loading the case would refuse', () => {
    expect(() => newLink({ kind: 'relation', a: 'x', b: 'y', intensity: 7 })).toThrow();
  });
});

describe('newNode', () => {
  it('fills every field from the schema defaults', () => {
    const person = newNode({ kind: 'person' });
    expect(person).toMatchObject({ kind: 'person', name: '', gender: 'unknown', deceased: false, index: false, circle: 'family', pinned: false, notes: '', position: { x: 0, y: 0 } });
    expect(CaseNode.parse(person)).toEqual(person);
    expect(newNode({ kind: 'professional', name: 'Claire' })).toMatchObject({ name: 'Claire', role: '' });
    expect(newNode({ kind: 'institution' })).toMatchObject({ category: 'other', type: '' });
  });

  it('refuses what loading the case would refuse', () => {
    expect(() => newNode({ kind: 'person', age: -3 })).toThrow();
  });
});
