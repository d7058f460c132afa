import { memo, useMemo } from 'react';
import { Panel } from '@xyflow/react';
import { translate } from '../../shared/i18n/messages';
import { legendBox } from '../../shared/render/legend';
import { useLocaleStore } from '../i18n';
import { useEditor } from '../store/editor-store';
import { legendRows, legendScale } from './fit-view';
import { svgToReact } from './svg-to-react';

/** The legend of the symbols this diagram uses, generated like the export's. Memoised: the canvas
 * re-renders at every drag step, the legend has its own subscriptions. */
export const LegendPanel = memo(function LegendPanel() {
  const visible = useEditor((s) => s.view.legend);
  // The legend depends on kinds, not positions: a drag (dragBase set) does not change it.
  const doc = useEditor((s) => (s.view.legend ? (s.dragBase ?? s.doc) : null));
  const locale = useLocaleStore((s) => s.locale);
  const presentation = useEditor((s) => s.view.presentation);
  const legend = useMemo(() => (doc ? legendBox(doc, locale, legendRows(presentation)) : null), [doc, locale, presentation]);
  if (!visible || !legend) return null;
  const scale = legendScale(presentation, legend.width);
  return (
    <Panel position="bottom-left" className="legend-panel" data-testid="legend">
      <svg width={legend.width * scale} height={legend.height * scale} viewBox={`0 0 ${legend.width} ${legend.height}`} role="img" aria-label={translate(locale, 'legend.title')}>
        {svgToReact(legend.element)}
      </svg>
    </Panel>
  );
});
