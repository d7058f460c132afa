import { memo, useCallback, useSyncExternalStore } from 'react';
import type { NodeProps } from '@xyflow/react';
import { householdOutline } from '../../../shared/render/diagram';
import { useT } from '../../i18n';
import { useLinkGeometry } from '../edges/LinkEdge';
import type { HouseholdFlowNode } from '../flow-model';
import { svgToReact } from '../svg-to-react';
import { LinkHandles } from './handles';

/**
 * The dashed outline of a household. Only its tab is clickable, so people inside stay easy to reach.
 * While a drag moves its members, the moving layer draws the outline instead (see link-geometry.ts).
 */
export const HouseholdNodeView = memo(function HouseholdNodeView({ data, selected, width = 0, height = 0 }: NodeProps<HouseholdFlowNode>) {
  const t = useT();
  const { household } = data;
  const hub = useLinkGeometry();
  const subscribe = useCallback((listener: () => void) => hub.subscribe(household.id, listener), [hub, household.id]);
  const moving = useSyncExternalStore(subscribe, () => hub.householdMoving(household.id));
  // The tab is written where the exported drawing writes the household's name (householdCaption):
  // its baseline there, starting or ending at its x.
  const { caption } = data;
  // (The tab's 6 px of padding kept outside the text's place.)
  const tabStyle = caption.anchor === 'end' ? { top: caption.y - 12, left: caption.x + 6, transform: 'translateX(-100%)' } : { top: caption.y - 12, left: caption.x - 6 };
  return (
    <div className={`household-node${selected ? ' is-selected' : ''}`} style={{ width, height }}>
      {!moving && (
        <svg width={width} height={height} style={{ overflow: 'visible' }} aria-hidden="true">
          {svgToReact(householdOutline(data.outline, null))}
        </svg>
      )}
      <div className="household-tab" data-testid="household-tab" style={tabStyle}>
        {household.name || t('household.unnamed')}
      </div>
      <LinkHandles />
    </div>
  );
});
