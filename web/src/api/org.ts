// Regions and registered units (the organisation the plan's unit names are matched against).
import { http } from './client.ts';
import type { ItemList, Region, Unit } from './types.ts';

export function listRegions(signal?: AbortSignal): Promise<ItemList<Region>> {
  return http.get<ItemList<Region>>('/regions', undefined, signal);
}

export function listUnits(signal?: AbortSignal): Promise<ItemList<Unit>> {
  return http.get<ItemList<Unit>>('/units', undefined, signal);
}
