// Evidence files on disk, named by their sha256 under <dataDir>/evidence: the same file uploaded
// twice is stored once, and a name never comes from the user. A file is written to a temporary
// name and renamed, so a reader never sees half a file.
import { createHash, randomBytes } from 'node:crypto';
import { createReadStream, existsSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';

export interface EvidenceFiles {
  /** Stores the bytes (once per content) and returns their sha256. */
  put(bytes: Buffer): Promise<string>;
  exists(sha256: string): boolean;
  open(sha256: string): Readable;
}

const SHA256 = /^[0-9a-f]{64}$/;

export function evidenceFiles(dir: string): EvidenceFiles {
  const pathOf = (sha256: string) => {
    if (!SHA256.test(sha256)) throw new Error(`not a sha256: ${sha256}`);
    return join(dir, sha256);
  };
  return {
    async put(bytes) {
      const sha256 = createHash('sha256').update(bytes).digest('hex');
      const target = pathOf(sha256);
      if (existsSync(target)) return sha256;
      await mkdir(dir, { recursive: true });
      const tmp = `${target}.${randomBytes(6).toString('hex')}.tmp`;
      try {
        await writeFile(tmp, bytes, { mode: 0o640 });
        await rename(tmp, target);
      } catch (e) {
        await rm(tmp, { force: true });
        throw e;
      }
      return sha256;
    },
    exists: (sha256) => existsSync(pathOf(sha256)),
    open: (sha256) => createReadStream(pathOf(sha256)),
  };
}
