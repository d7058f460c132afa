import { Handle, Position, useStore, type NodeHandle, type ReactFlowState } from '@xyflow/react';

/** The link handle's side, as drawn by .link-handle in editor.css. */
const LINK_HANDLE_SIZE = 12;

const drawingALink = (state: ReactFlowState): boolean => state.connection.inProgress;

/**
 * A small dot to drag a link from, and, while a link is being drawn, the whole node as a drop
 * target, so joining two elements needs no aim. Why the drop target only then: it is a handle of
 * its own on every node, and on a large case mounting a thousand of them was a noticeable part of
 * the time to open it.
 */
export function LinkHandles() {
  const dropping = useStore(drawingALink);
  return (
    <>
      <Handle type="source" position={Position.Right} className="link-handle" />
      {dropping && <Handle type="target" position={Position.Left} className="link-drop-zone" isConnectableStart={false} />}
    </>
  );
}

/**
 * Where the dot of LinkHandles is on a symbol of this size, told to React Flow up front. Why: React
 * Flow draws no link until it knows the handles at both ends, so opening a case drew every node,
 * then a frame later measured every node's handles from the page, then drew every link in a second
 * pass and a second frame. With their size and handles given, nodes are not measured again once on
 * screen (see build/patches/README.md).
 */
export function symbolHandles(width: number, height: number): NodeHandle[] {
  // Centred on the right edge (React Flow's .react-flow__handle-right).
  return [{ type: 'source', position: Position.Right, x: width - LINK_HANDLE_SIZE / 2, y: height / 2 - LINK_HANDLE_SIZE / 2, width: LINK_HANDLE_SIZE, height: LINK_HANDLE_SIZE }];
}
