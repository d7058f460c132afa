import { Handle, Position, type NodeHandle } from '@xyflow/react';

/** The link handle's side, as drawn by .link-handle in editor.css. */
const LINK_HANDLE_SIZE = 12;

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

/**
 * Where LinkHandles are on a symbol of this size, told to React Flow up front. Why: React Flow
 * draws no link until it knows the handles at both ends, so opening a case drew every node, then a
 * frame later measured every node's handles from the page, then drew every link in a second pass
 * and a second frame. React Flow still measures the handles once the nodes are on screen; the
 * links then stay as they are.
 */
export function symbolHandles(width: number, height: number): NodeHandle[] {
  return [
    // The dot is centred on the right edge (React Flow's .react-flow__handle-right).
    { type: 'source', position: Position.Right, x: width - LINK_HANDLE_SIZE / 2, y: height / 2 - LINK_HANDLE_SIZE / 2, width: LINK_HANDLE_SIZE, height: LINK_HANDLE_SIZE },
    { type: 'target', position: Position.Left, x: 0, y: 0, width, height },
  ];
}
