// Follows an import job until it finishes: polls GET /api/imports/jobs/:id every 500 ms (the
// server processes large files in the background and reports rows processed so far).
import { useEffect, useState } from 'react';
import { isAbort } from '../api/api-error.ts';
import type { ImportJob } from '../api/import-types.ts';
import { getImportJob } from '../api/imports.ts';

const POLL_MS = 500;

export interface ImportJobState {
  job: ImportJob | null;
  error: unknown;
}

export function useImportJob(jobId: string | null): ImportJobState {
  const [state, setState] = useState<ImportJobState>({ job: null, error: null });

  useEffect(() => {
    setState({ job: null, error: null });
    if (!jobId) return;
    const controller = new AbortController();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async () => {
      try {
        const job = await getImportJob(jobId, controller.signal);
        if (controller.signal.aborted) return;
        setState({ job, error: null });
        if (job.status === 'running') timer = setTimeout(poll, POLL_MS);
      } catch (err) {
        if (controller.signal.aborted || isAbort(err)) return;
        setState((s) => ({ job: s.job, error: err }));
      }
    };
    void poll();
    return () => {
      controller.abort();
      if (timer) clearTimeout(timer);
    };
  }, [jobId]);

  return state;
}
