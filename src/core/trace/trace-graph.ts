// Tracing a lot through the stored edges. Nodes of the walk are (lot, party) pairs, so an input
// lot's history is followed only along the path that brought it to the processor that used it,
// not through every other customer of that input. The walk keeps a visited set and a size limit,
// so stored data with a cycle (or a lot shipped back and forth) can never make it loop.
import type { EdgeKind } from './event-model.ts';

export type Direction = 'forward' | 'backward';

export interface StoredEdge {
  id: number;
  kind: EdgeKind;
  fromLot: string;
  fromParty: string | null;
  toLot: string;
  toParty: string | null;
  time: string;
  quantity: number | null;
  uom: string | null;
  /** trace_events.id of the event the edge came from. */
  eventPk: number;
}

/** Loads every edge leaving (forward) or entering (backward) the given lots. */
export type EdgeLoader = (lots: string[], direction: Direction) => Promise<StoredEdge[]>;

export interface WalkResult {
  edges: StoredEdge[];
  truncated: boolean;
}

const ANY = '*';

export async function walk(root: string, direction: Direction, load: EdgeLoader, maxEdges = 5000): Promise<WalkResult> {
  const cache = new Map<string, StoredEdge[]>();
  const seenEdges = new Map<number, StoredEdge>();
  const visited = new Set<string>([`${root}\u0000${ANY}`]);
  let frontier = new Map<string, Set<string>>([[root, new Set([ANY])]]);
  let truncated = false;

  while (frontier.size > 0 && !truncated) {
    const missing = [...frontier.keys()].filter((l) => !cache.has(l));
    if (missing.length > 0) {
      for (const l of missing) cache.set(l, []);
      for (const e of await load(missing, direction)) {
        const key = direction === 'forward' ? e.fromLot : e.toLot;
        cache.get(key)?.push(e);
      }
    }
    const next = new Map<string, Set<string>>();
    for (const [lot, parties] of frontier) {
      for (const e of cache.get(lot) ?? []) {
        const here = direction === 'forward' ? e.fromParty : e.toParty;
        if (!(parties.has(ANY) || here === null || parties.has(here))) continue;
        // Where a lot came from is its making (inputs, producer); where it went, its movements.
        // So the root's own shipments are forward only, and its commissioning backward only.
        if (direction === 'forward' && e.kind === 'commission') continue;
        if (direction === 'backward' && parties.has(ANY) && e.fromLot === e.toLot && e.kind !== 'commission') continue;
        if (!seenEdges.has(e.id)) {
          if (seenEdges.size >= maxEdges) {
            truncated = true;
            break;
          }
          seenEdges.set(e.id, e);
        }
        const nLot = direction === 'forward' ? e.toLot : e.fromLot;
        const nParty = direction === 'forward' ? e.toParty : e.fromParty;
        // A party-less end of the same lot (a commissioning origin) leads nowhere new.
        if (nParty === null && nLot === lot) continue;
        const party = nParty ?? ANY;
        if (visited.has(`${nLot}\u0000${ANY}`) || visited.has(`${nLot}\u0000${party}`)) continue;
        visited.add(`${nLot}\u0000${party}`);
        let set = next.get(nLot);
        if (!set) {
          set = new Set();
          next.set(nLot, set);
        }
        set.add(party);
      }
      if (truncated) break;
    }
    frontier = next;
  }
  const edges = [...seenEdges.values()].sort((a, b) => (a.time < b.time ? -1 : a.time > b.time ? 1 : a.id - b.id));
  return { edges, truncated };
}

/**
 * A cycle among lot → lot edges (a lot derived, through any chain, from itself), as the lots
 * along it with the first repeated at the end; null when there is none. Iterative, so a long
 * chain cannot overflow the stack.
 */
export function findCycle(edges: readonly { fromLot: string; toLot: string }[]): string[] | null {
  const out = new Map<string, string[]>();
  for (const e of edges) {
    const list = out.get(e.fromLot);
    if (list) list.push(e.toLot);
    else out.set(e.fromLot, [e.toLot]);
  }
  const state = new Map<string, 1 | 2>(); // 1 on the current path, 2 finished
  for (const start of out.keys()) {
    if (state.has(start)) continue;
    const path: string[] = [start];
    const iters: number[] = [0];
    state.set(start, 1);
    while (path.length > 0) {
      const node = path[path.length - 1] as string;
      const i = iters[iters.length - 1] as number;
      const succ = out.get(node) ?? [];
      if (i >= succ.length) {
        state.set(node, 2);
        path.pop();
        iters.pop();
        continue;
      }
      iters[iters.length - 1] = i + 1;
      const n = succ[i] as string;
      const s = state.get(n);
      if (s === 1) return [...path.slice(path.indexOf(n)), n];
      if (s === undefined) {
        state.set(n, 1);
        path.push(n);
        iters.push(0);
      }
    }
  }
  return null;
}

export interface Outlet {
  party: string;
  lotId: string;
  /** Received quantity (receipts when recorded, else what was shipped to it). */
  quantity: number | null;
  uom: string | null;
  firstTime: string;
  /** Whether the party passed some of it on (a wholesaler) rather than only holding it. */
  passedOn: boolean;
}

/** Every party that received the lot or a lot made from it, from a forward walk's edges. */
export function outletsOf(edges: readonly StoredEdge[]): Outlet[] {
  const byKey = new Map<
    string,
    { ship: number; recv: number; hasRecv: boolean; uom: string | null; first: string; party: string; lotId: string }
  >();
  const senders = new Set<string>();
  for (const e of edges) {
    if (e.kind === 'ship' && e.fromParty) senders.add(`${e.fromLot}|${e.fromParty}`);
    if ((e.kind !== 'ship' && e.kind !== 'receive') || !e.toParty) continue;
    const k = `${e.toLot}|${e.toParty}|${e.uom ?? ''}`;
    let o = byKey.get(k);
    if (!o) {
      o = { ship: 0, recv: 0, hasRecv: false, uom: e.uom, first: e.time, party: e.toParty, lotId: e.toLot };
      byKey.set(k, o);
    }
    if (e.kind === 'ship') o.ship += e.quantity ?? 0;
    else {
      o.recv += e.quantity ?? 0;
      o.hasRecv = true;
    }
    if (e.time < o.first) o.first = e.time;
  }
  return [...byKey.values()]
    .map((o) => ({
      party: o.party,
      lotId: o.lotId,
      quantity: o.hasRecv ? o.recv : o.ship,
      uom: o.uom,
      firstTime: o.first,
      passedOn: senders.has(`${o.lotId}|${o.party}`),
    }))
    .sort((a, b) => (a.firstTime < b.firstTime ? -1 : a.firstTime > b.firstTime ? 1 : a.party.localeCompare(b.party)));
}
