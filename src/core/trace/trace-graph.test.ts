import { describe, expect, it } from 'vitest';
import { type EdgeLoader, findCycle, outletsOf, type StoredEdge, walk } from './trace-graph.ts';

let nextId = 1;
function edge(
  kind: StoredEdge['kind'],
  fromLot: string,
  fromParty: string | null,
  toLot: string,
  toParty: string | null,
  quantity = 1,
): StoredEdge {
  return {
    id: nextId++,
    kind,
    fromLot,
    fromParty,
    toLot,
    toParty,
    time: `2024-05-01T00:00:0${nextId % 10}.000Z`,
    quantity,
    uom: 'KGM',
    eventPk: nextId,
  };
}

function loader(edges: StoredEdge[]): EdgeLoader & { calls: number } {
  const f = (async (lots: string[], d: 'forward' | 'backward') => {
    f.calls++;
    return edges.filter((e) => lots.includes(d === 'forward' ? e.fromLot : e.toLot));
  }) as EdgeLoader & { calls: number };
  f.calls = 0;
  return f;
}

describe('trace graph walk', () => {
  it('follows an input lot back only along the path to the processor that used it', async () => {
    const edges = [
      edge('commission', 'M', null, 'M', 'farm'),
      edge('ship', 'M', 'farm', 'M', 'dairy'),
      edge('ship', 'M', 'farm', 'M', 'other'),
      edge('transform', 'M', 'dairy', 'Y', 'dairy'),
      edge('ship', 'Y', 'dairy', 'Y', 'shop'),
    ];
    const back = await walk('Y', 'backward', loader(edges));
    // Backward is the making of Y: not the other processor's milk, nor Y's own shipments.
    expect(back.edges.map((e) => `${e.kind}:${e.fromParty}->${e.toParty}`).sort()).toEqual(
      ['commission:null->farm', 'ship:farm->dairy', 'transform:dairy->dairy'].sort(),
    );
    // Forward is everywhere M went, itself and as Y; its commissioning is not a destination.
    const fwd = await walk('M', 'forward', loader(edges));
    expect(fwd.edges.map((e) => e.kind)).toEqual(['ship', 'ship', 'transform', 'ship']);
  });

  it('terminates on cycles and on goods shipped back and forth', async () => {
    const edges = [
      edge('transform', 'A', 'p', 'B', 'p'),
      edge('transform', 'B', 'p', 'C', 'p'),
      edge('transform', 'C', 'p', 'A', 'p'),
      edge('ship', 'A', 'p', 'A', 'q'),
      edge('ship', 'A', 'q', 'A', 'p'),
    ];
    const l = loader(edges);
    const r = await walk('A', 'forward', l);
    expect(r.edges).toHaveLength(5);
    expect(l.calls).toBeLessThan(5);
    // Shipping back and forth is not a cycle; a lot made from itself is.
    expect(findCycle(r.edges.filter((e) => e.kind === 'transform'))).toEqual(['A', 'B', 'C', 'A']);
    // Backward: the making of A round the loop, once each.
    expect((await walk('A', 'backward', loader(edges))).edges.map((e) => e.kind)).toEqual([
      'transform',
      'transform',
      'transform',
    ]);
  });

  it('stops at the edge limit and says so', async () => {
    const edges = Array.from({ length: 100 }, (_, i) => edge('transform', `L${i}`, 'p', `L${i + 1}`, 'p'));
    const r = await walk('L0', 'forward', loader(edges), 10);
    expect(r.truncated).toBe(true);
    expect(r.edges).toHaveLength(10);
  });

  it('finds no cycle in a diamond, and a self-loop is one', () => {
    expect(
      findCycle([
        { fromLot: 'a', toLot: 'b' },
        { fromLot: 'a', toLot: 'c' },
        { fromLot: 'b', toLot: 'd' },
        { fromLot: 'c', toLot: 'd' },
      ]),
    ).toBeNull();
    expect(findCycle([{ fromLot: 'a', toLot: 'a' }])).toEqual(['a', 'a']);
    const long = Array.from({ length: 50_000 }, (_, i) => ({ fromLot: `n${i}`, toLot: `n${i + 1}` }));
    expect(findCycle(long)).toBeNull();
  });

  it('lists outlets with received quantities, falling back to what was shipped', () => {
    const edges = [
      edge('ship', 'Y', 'dairy', 'Y', 'w', 1200),
      edge('receive', 'Y', 'dairy', 'Y', 'w', 1200),
      edge('ship', 'Y', 'w', 'Y', 's1', 500),
      edge('receive', 'Y', 'w', 'Y', 's1', 480),
      edge('ship', 'Y', 'dairy', 'Y', 's3', 200),
    ];
    const o = outletsOf(edges);
    expect(o.map((x) => [x.party, x.quantity, x.passedOn])).toEqual([
      ['w', 1200, true],
      ['s1', 480, false],
      ['s3', 200, false],
    ]);
  });
});
