// Regions and units change rarely and many components need them (pickers, the header), so they
// are fetched once per page load and shared. A failed fetch is forgotten so the next use retries.
import { listRegions, listUnits } from '../api/org.ts';
import type { Region, Unit } from '../api/types.ts';
import { type ApiState, useApi } from './use-api.ts';

let unitsPromise: Promise<Unit[]> | null = null;
let regionsPromise: Promise<Region[]> | null = null;

function cached<T>(
  get: () => Promise<T[]> | null,
  set: (p: Promise<T[]> | null) => void,
  load: () => Promise<{ items: T[] }>,
): Promise<T[]> {
  const existing = get();
  if (existing) return existing;
  const promise = load().then((r) => r.items);
  set(promise);
  promise.catch(() => set(null));
  return promise;
}

export function loadUnits(): Promise<Unit[]> {
  return cached(
    () => unitsPromise,
    (p) => {
      unitsPromise = p;
    },
    () => listUnits(),
  );
}

export function loadRegions(): Promise<Region[]> {
  return cached(
    () => regionsPromise,
    (p) => {
      regionsPromise = p;
    },
    () => listRegions(),
  );
}

/** Forget cached reference data, e.g. after logout (another user may see other units). */
export function clearReferenceData(): void {
  unitsPromise = null;
  regionsPromise = null;
}

export function useUnits(): ApiState<Unit[]> {
  return useApi(() => loadUnits(), []);
}

export function useRegions(): ApiState<Region[]> {
  return useApi(() => loadRegions(), []);
}
