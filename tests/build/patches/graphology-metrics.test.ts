// build/patches/graphology-metrics+2.4.2.patch: betweenness on an unweighted, undirected graph
// (what the indicators ask for) takes a faster path than the library's own. Held here to the
// library's other path, Brandes with Dijkstra, which every edge weighing 1 makes the same problem.
import Graph from 'graphology';
import betweennessCentrality from 'graphology-metrics/centrality/betweenness';
import { describe, expect, it } from 'vitest';
import { generateCase, seededRandom } from '../../../shared/examples/generate';
import { linkEnds } from '../../../shared/model/links';

function networkOf(seed: number): Graph {
  const doc = generateCase({ people: 40, professionals: 15, seed });
  const graph = new Graph({ type: 'undirected', multi: false });
  for (const n of doc.nodes) graph.addNode(n.id);
  for (const link of doc.links) {
    const [a, b] = linkEnds(link);
    if (a !== b) graph.mergeEdge(a, b);
  }
  // A few more edges at random: cycles, so that several shortest paths tie.
  const random = seededRandom(seed);
  const ids = graph.nodes();
  for (let i = 0; i < 30; i++) {
    const a = ids[Math.floor(random() * ids.length)] as string;
    const b = ids[Math.floor(random() * ids.length)] as string;
    if (a !== b) graph.mergeEdge(a, b);
  }
  return graph;
}

describe('graphology-metrics betweenness, patched', () => {
  it.each([1, 2, 3, 4, 5])('gives what the library’s Dijkstra path gives with unit weights (generated network %i)', (seed) => {
    const graph = networkOf(seed);
    for (const normalized of [false, true]) {
      const fast = betweennessCentrality(graph, { normalized, getEdgeWeight: null });
      const reference = betweennessCentrality(graph, { normalized, getEdgeWeight: () => 1 });
      expect(Object.keys(fast).sort()).toEqual(Object.keys(reference).sort());
      for (const [node, value] of Object.entries(reference)) expect(fast[node], node).toBeCloseTo(value, 9);
      expect(Math.max(...Object.values(fast))).toBeGreaterThan(0);
    }
  });

  it('assigns to node attributes like the library', () => {
    const graph = networkOf(6);
    betweennessCentrality.assign(graph, { getEdgeWeight: null });
    const reference = betweennessCentrality(graph, { getEdgeWeight: () => 1 });
    graph.forEachNode((node, attributes) => expect(attributes.betweennessCentrality).toBeCloseTo(reference[node] as number, 9));
  });
});
