// The import kinds with their fields (GET /api/imports/kinds) change only with a release, and the
// import page, the records browser and the drill-down tables all need them: fetch once per page
// load, forget a failure so the next use retries.
import type { ImportKind } from '../api/import-types.ts';
import { listImportKinds } from '../api/imports.ts';
import { type ApiState, useApi } from './use-api.ts';

let kindsPromise: Promise<ImportKind[]> | null = null;

export function loadImportKinds(): Promise<ImportKind[]> {
  if (kindsPromise) return kindsPromise;
  const promise = listImportKinds().then((r) => r.items);
  kindsPromise = promise;
  promise.catch(() => {
    kindsPromise = null;
  });
  return promise;
}

export function useImportKinds(): ApiState<ImportKind[]> {
  return useApi(() => loadImportKinds(), []);
}
