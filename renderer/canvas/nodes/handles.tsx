import { Handle, Position } from '@xyflow/react';

/**
 * A small dot to drag a link from, and the whole node as a drop target, so joining two elements
 * needs no aim.
 */
export function LinkHandles() {
  return (
    <>
      <Handle type="source" position={Position.Right} className="link-handle" />
      <Handle type="target" position={Position.Left} className="link-drop-zone" isConnectableStart={false} />
    </>
  );
}
