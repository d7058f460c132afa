import { describe, expect, it } from 'vitest';
import { firstDay, formatPartialDate, hasEndedBy, isRunningOn, lastDay, parsePartialDate } from '../../../shared/model/dates';

describe('partial dates', () => {
  it('cover the first to the last day of their year or month', () => {
    expect([firstDay('2024'), lastDay('2024')]).toEqual(['2024-01-01', '2024-12-31']);
    expect([firstDay('2024-02'), lastDay('2024-02'), lastDay('2023-02'), lastDay('2024-04')]).toEqual(['2024-02-01', '2024-02-29', '2023-02-28', '2024-04-30']);
    expect([firstDay('2024-03-12'), lastDay('2024-03-12')]).toEqual(['2024-03-12', '2024-03-12']);
  });

  it('say whether something was running on a day, its last day included', () => {
    const span = { since: '2024-03', until: '2025' };
    expect(['2024-02-29', '2024-03-01', '2025-12-31', '2026-01-01'].map((day) => isRunningOn(span, day))).toEqual([false, true, true, false]);
    expect(isRunningOn({}, '1900-01-01')).toBe(true);
    expect([hasEndedBy('2025-06', '2025-06-30'), hasEndedBy('2025-06', '2025-07-01'), hasEndedBy(undefined, '2999-01-01')]).toEqual([false, true, false]);
  });

  it('read as practitioners write them, in French or ISO order', () => {
    expect(['2024', '2024-03', '2024-03-12', '03/2024', '3/2024', '12/03/2024', '1.3.2024', ' 2024 '].map(parsePartialDate)).toEqual(['2024', '2024-03', '2024-03-12', '2024-03', '2024-03', '2024-03-12', '2024-03-01', '2024']);
    expect(parsePartialDate('')).toBeUndefined();
    expect(['mars', '13/2024', '31/02/2024', '2024-13', '24'].map(parsePartialDate)).toEqual([null, null, null, null, null]);
    // Written in words, as the sheets print them (issue #14 trial: "15 janvier 2027" was dropped).
    expect(['15 janvier 2027', '1er janvier 2027', 'Janvier 2027', '3 août 2026', '3 aout 2026', '15 January 2027', 'march 2024'].map(parsePartialDate)).toEqual(['2027-01-15', '2027-01-01', '2027-01', '2026-08-03', '2026-08-03', '2027-01-15', '2024-03']);
    expect(['31 février 2024', '15 brumaire 2027', '15 janvier'].map(parsePartialDate)).toEqual([null, null, null]);
    // Every date the app writes in words reads back as itself.
    for (const date of ['2024', '2024-03', '2024-03-01', '2027-12-31']) for (const locale of ['fr', 'en'] as const) expect(parsePartialDate(formatPartialDate(date, locale))).toBe(date);
  });

  it('are written in words in both languages', () => {
    expect(['2024', '2024-03', '2024-03-12', '2024-03-01'].map((d) => formatPartialDate(d, 'fr'))).toEqual(['2024', 'mars 2024', '12 mars 2024', '1er mars 2024']);
    expect(formatPartialDate('2024-03-12', 'en')).toBe('12 March 2024');
  });
});
