// Checks a .docx (a zip) before anything unpacks it in full: a small upload can expand to
// gigabytes (a zip bomb). The central directory's declared sizes are checked first, then every
// entry is inflated and counted with yauzl, which fails an entry that inflates past its
// declared size, so a directory that lies about sizes is caught too.
import type { Readable } from 'node:stream';
import yauzl from 'yauzl';

export interface ZipLimits {
  /** Largest total uncompressed size accepted. */
  maxTotalBytes: number;
  /** Largest compression ratio accepted for an entry bigger than `ratioFloorBytes`. */
  maxRatio: number;
  ratioFloorBytes: number;
  maxEntries: number;
}

export const DOCX_ZIP_LIMITS: ZipLimits = {
  maxTotalBytes: 50 * 1024 * 1024,
  maxRatio: 100,
  ratioFloorBytes: 1024 * 1024,
  maxEntries: 5000,
};

export type ZipVerdict =
  | { ok: true; entries: string[] }
  | { ok: false; reason: 'bomb'; detail: string }
  | { ok: false; reason: 'corrupt'; detail: string };

async function drain(stream: Readable, budget: { left: number }): Promise<void> {
  for await (const chunk of stream) {
    budget.left -= (chunk as Buffer).length;
    if (budget.left < 0) {
      stream.destroy();
      throw new Error('over budget');
    }
  }
}

export async function inspectZip(bytes: Buffer, limits: ZipLimits = DOCX_ZIP_LIMITS): Promise<ZipVerdict> {
  let zip: yauzl.ZipFile;
  try {
    zip = await yauzl.fromBufferPromise(bytes, { lazyEntries: true, validateEntrySizes: true });
  } catch (e) {
    return { ok: false, reason: 'corrupt', detail: (e as Error).message };
  }
  const entries: yauzl.Entry[] = [];
  try {
    if (zip.entryCount > limits.maxEntries) {
      return { ok: false, reason: 'bomb', detail: `${zip.entryCount} entries` };
    }
    let total = 0;
    for await (const entry of zip.eachEntry()) {
      entries.push(entry);
      total += entry.uncompressedSize;
      if (total > limits.maxTotalBytes) return { ok: false, reason: 'bomb', detail: `total ${total} bytes` };
      const ratio = entry.uncompressedSize / Math.max(1, entry.compressedSize);
      if (entry.uncompressedSize > limits.ratioFloorBytes && ratio > limits.maxRatio) {
        return { ok: false, reason: 'bomb', detail: `${entry.fileName} ratio ${Math.round(ratio)}:1` };
      }
    }
    const budget = { left: limits.maxTotalBytes };
    for (const entry of entries) {
      if (entry.fileName.endsWith('/')) continue;
      try {
        await drain(await zip.openReadStreamPromise(entry), budget);
      } catch (e) {
        if (budget.left < 0) return { ok: false, reason: 'bomb', detail: 'inflated past the limit' };
        const message = (e as Error).message;
        // yauzl reports an entry that inflates past its declared size: a forged directory.
        if (/too many bytes/i.test(message)) return { ok: false, reason: 'bomb', detail: message };
        return { ok: false, reason: 'corrupt', detail: message };
      }
    }
    return { ok: true, entries: entries.map((e) => e.fileName) };
  } catch (e) {
    return { ok: false, reason: 'corrupt', detail: (e as Error).message };
  } finally {
    zip.close();
  }
}
