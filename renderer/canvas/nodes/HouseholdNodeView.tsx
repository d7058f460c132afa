import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import { householdOutline } from '../../../shared/render/diagram';
import { useT } from '../../i18n';
import type { HouseholdFlowNode } from '../flow-model';
import { svgToReact } from '../svg-to-react';
import { LinkHandles } from './handles';

/** The dashed outline of a household. Only its tab is clickable, so people inside stay easy to reach. */
export const HouseholdNodeView = memo(function HouseholdNodeView({ data, selected, width = 0, height = 0 }: NodeProps<HouseholdFlowNode>) {
  const t = useT();
  const { household } = data;
  return (
    <div className={`household-node${selected ? ' is-selected' : ''}`} style={{ width, height }}>
      <svg width={width} height={height} style={{ overflow: 'visible' }} aria-hidden="true">
        {svgToReact(householdOutline({ x: 1, y: 1, width: width - 2, height: height - 2 }, ''))}
      </svg>
      <div className="household-tab" data-testid="household-tab">
        {household.name || t('household.unnamed')}
      </div>
      <LinkHandles />
    </div>
  );
});
