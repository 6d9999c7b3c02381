// Region picker options from the cached regions: the 州 and its counties.
import { useRegions } from '../../hooks/use-reference-data.ts';

export function useRegionOptions(): { value: string; label: string }[] {
  const { data } = useRegions();
  return (data ?? []).map((r) => ({ value: r.code, label: r.name }));
}
