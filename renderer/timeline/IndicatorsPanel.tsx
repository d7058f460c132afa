import { useEffect, useMemo, useState, type ReactNode } from 'react';
import type { MessageKey } from '../../shared/i18n/messages';
import type { CaseDocument } from '../../shared/model/case';
import { dayOf, formatPartialDate } from '../../shared/model/dates';
import { CATEGORY_LABELS, FIELD_LABELS } from '../../shared/model/presets';
import type { Indicators } from '../../shared/timeline/indicators';
import { datedSnapshot, snapshotsInOrder, stateOfCase, stateOn, type DatedState } from '../../shared/timeline/state';
import { useLocaleStore, useT, type Translate } from '../i18n';
import { useEditor } from '../store/editor-store';
import { timelineStore } from './timeline-store';

interface Point {
  label: string;
  indicators: Indicators;
}

const snapshotIndicators = new WeakMap<DatedState['state'], Indicators>();

/** Each state's indicators, the case as it is first, then the snapshots one after the other (each its own task). */
function useIndicators(doc: CaseDocument | null, nowLabel: string, locale: 'fr' | 'en'): { now: Indicators | null; trend: Point[] } {
  const [result, setResult] = useState<{ now: Indicators | null; trend: Point[] }>({ now: null, trend: [] });
  useEffect(() => {
    if (!doc) return;
    let cancelled = false;
    const states: Array<{ label: string; state: DatedState }> = [
      ...snapshotsInOrder(doc.snapshots).map((s) => ({ label: `${s.name} (${formatPartialDate(s.date ?? datedSnapshot(s).day, locale)})`, state: datedSnapshot(s) })),
      { label: nowLabel, state: { state: stateOfCase(doc), day: dayOf(new Date()) } },
    ];
    // graphology is loaded when the panel first opens, not with the app.
    void import('../../shared/timeline/indicators').then(({ computeIndicators }) => {
      if (cancelled) return;
      const of = (s: DatedState) => {
        // A snapshot never changes: its figures are worked out once, not again after every edit of the case.
        const known = s.snapshotId ? snapshotIndicators.get(s.state) : undefined;
        if (known) return known;
        const computed = computeIndicators(stateOn(s.state, s.day));
        if (s.snapshotId) snapshotIndicators.set(s.state, computed);
        return computed;
      };
      const now = of((states[states.length - 1] as (typeof states)[number]).state);
      const trend: Point[] = [];
      setResult({ now, trend: [] });
      let i = 0;
      const next = () => {
        if (cancelled) return;
        const item = states[i];
        if (!item) return;
        trend.push({ label: item.label, indicators: i === states.length - 1 ? now : of(item.state) });
        i++;
        setResult({ now, trend: [...trend] });
        setTimeout(next, 0);
      };
      next();
    });
    return () => {
      cancelled = true;
    };
  }, [doc, nowLabel, locale]);
  return result;
}

/** A small line of the values across the states: the trend at a glance, each point titled. */
function Sparkline({ points, value, percent = false }: { points: Point[]; value(i: Indicators): number; percent?: boolean }) {
  if (points.length < 2) return null;
  const values = points.map((p) => value(p.indicators));
  const max = Math.max(...values, percent ? 1 : 1);
  const w = 120;
  const h = 28;
  const x = (i: number) => 4 + (i * (w - 8)) / (points.length - 1);
  const y = (v: number) => h - 4 - (v / max) * (h - 8);
  const format = (v: number) => (percent ? `${Math.round(v * 100)} %` : String(Math.round(v * 100) / 100));
  return (
    <svg className="sparkline" width={w} height={h} viewBox={`0 0 ${w} ${h}`} role="img" aria-label={points.map((p, i) => `${p.label} : ${format(values[i] as number)}`).join(' ; ')}>
      <polyline points={values.map((v, i) => `${x(i)},${y(v)}`).join(' ')} fill="none" stroke="currentColor" strokeWidth={1.6} />
      {values.map((v, i) => (
        <circle key={i} cx={x(i)} cy={y(v)} r={2.4}>
          <title>{`${points[i]?.label} : ${format(v)}`}</title>
        </circle>
      ))}
    </svg>
  );
}

/** Horizontal bars for a breakdown (by mandate, by field...), zeros left out. */
function Bars({ entries }: { entries: Array<[string, number]> }) {
  const shown = entries.filter(([, n]) => n > 0);
  const max = Math.max(1, ...shown.map(([, n]) => n));
  return (
    <ul className="indicator-bars">
      {shown.map(([label, n]) => (
        <li key={label}>
          <span className="bar-label">{label}</span>
          <span className="bar" style={{ width: `${(60 * n) / max}%` }} aria-hidden="true" />
          <span className="bar-value">{n}</span>
        </li>
      ))}
    </ul>
  );
}

function Figure({ title, value, help, children }: { title: string; value: ReactNode; help: string; children?: ReactNode }) {
  return (
    <section className="indicator" aria-label={title}>
      <h3>
        {title} <span className="indicator-value">{value}</span>
      </h3>
      {children}
      <p className="hint">{help}</p>
    </section>
  );
}

/** The indicators of the case (and their trend across snapshots), each figure explained in one line. */
export function IndicatorsPanel() {
  const t = useT();
  const locale = useLocaleStore((s) => s.locale);
  const doc = useEditor((s) => (s.dragBase ? null : s.doc)) ?? null;
  const { now, trend } = useIndicators(doc, t('indicators.now'), locale);
  const names = useMemo(() => {
    const map = new Map<string, string>();
    for (const s of doc?.snapshots ?? []) for (const n of s.nodes) map.set(n.id, n.name);
    for (const n of doc?.nodes ?? []) map.set(n.id, n.name);
    return map;
  }, [doc]);
  const nameList = (ids: readonly string[]) => (ids.length ? ids.map((id) => names.get(id) || t('symbol.unnamed')).join(', ') : t('indicators.noneFound'));
  const pct = (v: number) => `${Math.round(v * 100)} %`;
  return (
    <aside className="inspector indicators-panel" aria-label={t('indicators.title')} data-testid="indicators">
      <h2>{t('indicators.title')}</h2>
      <p className="hint">{t('indicators.hint')}</p>
      {!now ? (
        <p role="status">{t('indicators.loading')}</p>
      ) : (
        <IndicatorFigures now={now} trend={trend} t={t} locale={locale} nameList={nameList} pct={pct} />
      )}
      <button type="button" className="button" onClick={() => timelineStore.getState().showPanel(null)}>
        {t('timeline.close')}
      </button>
    </aside>
  );
}

function IndicatorFigures({ now, trend, t, locale, nameList, pct }: { now: Indicators; trend: Point[]; t: Translate; locale: 'fr' | 'en'; nameList(ids: readonly string[]): string; pct(v: number): string }) {
  const label = (key: string) => t(key as MessageKey);
  return (
    <>
      {trend.length > 1 && <p className="hint">{t('indicators.trend')} : {trend.map((p) => p.label).join(' → ')}</p>}
      <Figure title={t('indicators.primary')} value={now.primary.total} help={t('indicators.primaryHelp')}>
        <Sparkline points={trend} value={(i) => i.primary.total} />
        <Bars entries={Object.entries(now.primary.byCircle).map(([c, n]) => [label(`circle.${c}`), n])} />
      </Figure>
      <Figure title={t('indicators.secondary')} value={now.secondary.actors} help={t('indicators.secondaryHelp')}>
        <Sparkline points={trend} value={(i) => i.secondary.actors} />
      </Figure>
      <Figure title={t('indicators.byCategory')} value="" help={t('indicators.byCategoryHelp')}>
        <Bars entries={Object.entries(now.secondary.byCategory).map(([c, n]) => [c === 'none' ? t('indicators.independent') : CATEGORY_LABELS[c as keyof typeof CATEGORY_LABELS][locale], n])} />
      </Figure>
      <Figure
        title={t('indicators.perPerson')}
        value={now.perPerson.mean.toLocaleString(locale === 'fr' ? 'fr-FR' : 'en-GB', { maximumFractionDigits: 1 })}
        help={t('indicators.perPersonHelp', { max: now.perPerson.max, who: nameList(now.perPerson.most) })}
      >
        <Sparkline points={trend} value={(i) => i.perPerson.mean} />
      </Figure>
      <Figure title={t('indicators.interventions')} value={now.interventions.total} help={t('indicators.interventionsHelp')}>
        <Sparkline points={trend} value={(i) => i.interventions.total} />
        <Bars entries={Object.entries(now.interventions.byMandate).map(([m, n]) => [label(`mandate.${m}`), n])} />
      </Figure>
      <Figure title={t('indicators.judicial')} value={pct(now.interventions.judicialShare)} help={t('indicators.judicialHelp')}>
        <Sparkline points={trend} value={(i) => i.interventions.judicialShare} percent />
      </Figure>
      <Figure title={t('indicators.byField')} value="" help={t('indicators.byFieldHelp')}>
        <Bars entries={Object.entries(now.interventions.byField).map(([f, n]) => [f === 'unknown' ? '?' : FIELD_LABELS[f as keyof typeof FIELD_LABELS][locale], n])} />
      </Figure>
      <Figure title={t('indicators.density')} value={pct(now.ties.density)} help={t('indicators.densityHelp', { ties: now.ties.ties, pairs: (now.ties.actors * (now.ties.actors - 1)) / 2 })}>
        <Sparkline points={trend} value={(i) => i.ties.density} percent />
      </Figure>
      <Figure title={t('indicators.isolatedMembers')} value={now.isolatedMembers.length} help={t('indicators.isolatedMembersHelp')}>
        <p>{nameList(now.isolatedMembers)}</p>
      </Figure>
      <Figure title={t('indicators.isolatedActors')} value={now.isolatedActors.length} help={t('indicators.isolatedActorsHelp')}>
        <Sparkline points={trend} value={(i) => i.isolatedActors.length} />
        <p>{nameList(now.isolatedActors)}</p>
      </Figure>
      <Figure title={t('indicators.bridges')} value="" help={t('indicators.bridgesHelp')}>
        <ol className="indicator-names">
          {now.bridges.map((b) => (
            <li key={b.id}>
              {nameList([b.id])} <span className="hint">{b.normalised.toLocaleString(locale === 'fr' ? 'fr-FR' : 'en-GB', { maximumFractionDigits: 2 })}</span>
            </li>
          ))}
        </ol>
      </Figure>
      <Figure title={t('indicators.cliques')} value={now.cliques.length} help={t('indicators.cliquesHelp')}>
        <ul className="indicator-names">
          {now.cliques.slice(0, 8).map((c) => (
            <li key={c.join()}>{nameList(c)}</li>
          ))}
        </ul>
      </Figure>
    </>
  );
}
