// A throwaway PostgreSQL cluster for tests and benchmarks: initdb into a temp dir, start on a
// free port (trust auth, fsync off), and stop/remove it afterwards. As root the server runs as
// the `postgres` user, since PostgreSQL refuses to run as root.
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const PGBIN = process.env.PGBIN ?? '/usr/lib/postgresql/15/bin';

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

function run(args, asPostgres) {
  const [cmd, ...rest] = args;
  if (asPostgres) return execFileSync('runuser', ['-u', 'postgres', '--', cmd, ...rest], { stdio: 'pipe' });
  return execFileSync(cmd, rest, { stdio: 'pipe' });
}

export function postgresAvailable() {
  return existsSync(join(PGBIN, 'initdb')) && existsSync(join(PGBIN, 'pg_ctl'));
}

/** Starts a cluster; returns { url, stop }. Throws with the reason when it cannot. */
export async function startCluster() {
  if (!postgresAvailable()) throw new Error(`PostgreSQL binaries not found in ${PGBIN}`);
  const asPostgres = typeof process.getuid === 'function' && process.getuid() === 0;
  const root = mkdtempSync(join(tmpdir(), 'zl-pg-'));
  chmodSync(root, 0o777);
  if (asPostgres) execFileSync('chown', ['postgres:postgres', root]);
  const data = join(root, 'data');
  const port = await freePort();
  run(
    [join(PGBIN, 'initdb'), '-D', data, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--locale=C.UTF-8'],
    asPostgres,
  );
  run(
    [
      join(PGBIN, 'pg_ctl'),
      '-D',
      data,
      '-l',
      join(root, 'log'),
      '-w',
      '-o',
      `-p ${port} -k ${root} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200`,
      'start',
    ],
    asPostgres,
  );
  const stop = () => {
    try {
      run([join(PGBIN, 'pg_ctl'), '-D', data, '-m', 'fast', '-w', 'stop'], asPostgres);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  };
  return { url: `postgres://postgres@127.0.0.1:${port}/postgres`, stop };
}
