// The benchmark's yardstick: a bare React Flow 12 canvas, default nodes, the usual controlled
// state (useNodesState), the same number of nodes and edges as the case being measured.
import { ReactFlow, useEdgesState, useNodesState, type Edge, type Node } from '@xyflow/react';
import { createRoot } from 'react-dom/client';
import '@xyflow/react/dist/style.css';
import { generateCase } from '../../../shared/examples/generate';
import { linkEnds } from '../../../shared/model/links';

const size = Number(new URLSearchParams(location.search).get('nodes') ?? 60);
const doc = generateCase({ people: Math.round(size * 0.6), professionals: Math.round(size * 0.3), seed: size });
const initialNodes: Node[] = doc.nodes.map((n, i) => ({ id: n.id, position: { x: (i % 30) * 180, y: Math.floor(i / 30) * 120 }, data: { label: `Node ${i}` } }));
const initialEdges: Edge[] = doc.links.map((l) => {
  const [source, target] = linkEnds(l);
  return { id: l.id, source, target };
});

function Baseline() {
  const [nodes, , onNodesChange] = useNodesState(initialNodes);
  const [edges, , onEdgesChange] = useEdgesState(initialEdges);
  return <ReactFlow nodes={nodes} edges={edges} onNodesChange={onNodesChange} onEdgesChange={onEdgesChange} fitView minZoom={0.05} />;
}

createRoot(document.getElementById('root') as HTMLElement).render(<Baseline />);
