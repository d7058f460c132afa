import { describe, expect, it } from 'vitest';
import { CaseDocument } from '../../../shared/model/case';
import { fitText, textLimit } from '../../../shared/model/limits';
import { PersonNode } from '../../../shared/model/nodes';
import { PartialDate } from '../../../shared/model/primitives';

describe('text limits read from the schemas', () => {
  it('finds the limit through defaults and optionals', () => {
    expect(textLimit(PersonNode.shape.name)).toBe(200);
    expect(textLimit(PersonNode.shape.notes)).toBe(50_000);
    expect(textLimit(CaseDocument.shape.title)).toBe(200);
    expect(textLimit(PartialDate.optional())).toBe(10);
  });

  it('refuses a schema without a limit rather than guessing one', () => {
    expect(() => textLimit(PersonNode.shape.id.regex(/x/).or(PersonNode.shape.gender))).toThrow(/no length limit/);
  });
});

describe('fitText: what goes over the limit is cut, nothing already there', () => {
  it('keeps text within the limit as it is', () => {
    expect(fitText('abc', 'abcd', 5)).toEqual({ value: 'abcd', cut: false });
  });

  it('cuts a paste at the end', () => {
    expect(fitText('abc', 'abcXYZ', 5)).toEqual({ value: 'abcXY', cut: true });
  });

  it('cuts a paste in the middle, keeping both sides', () => {
    expect(fitText('ab|cd', 'ab|XYZWcd', 7)).toEqual({ value: 'ab|XYcd', cut: true });
  });

  it('never keeps half of a two-unit character', () => {
    const { value, cut } = fitText('abcd', 'abcd😀', 5);
    expect(cut).toBe(true);
    expect(value).toBe('abcd');
  });
});
