import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { runServer } from 'verdaccio';

export interface LocalRegistry {
  /** e.g. `http://127.0.0.1:40123/` (with the slash npm writes in its config). */
  url: string;
  /** A throwaway token of the registry's one user, who may publish. */
  token: string;
  /** The registry's document of a package (versions, dist-tags), or undefined on a 404. */
  packument(name: string): Promise<Packument | undefined>;
  close(): Promise<void>;
}

export interface Packument {
  'dist-tags': Record<string, string>;
  versions: Record<string, { dist: { shasum: string; tarball: string } }>;
}

/**
 * A real npm registry (Verdaccio) on 127.0.0.1, storing in `dir`, with no
 * uplink: what is published here is all it serves, and nothing it is given
 * leaves the machine.
 */
export async function startRegistry(dir: string): Promise<LocalRegistry> {
  const config = {
    self_path: dir,
    storage: path.join(dir, 'storage'),
    auth: { htpasswd: { file: path.join(dir, 'htpasswd'), max_users: 1 } },
    uplinks: {},
    packages: { '**': { access: '$all', publish: '$authenticated', unpublish: '$authenticated' } },
    log: { type: 'stdout', format: 'json', level: 'error' },
    web: { enable: false },
  };
  const server: Server = await runServer(config as Parameters<typeof runServer>[0]);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  const close = () => new Promise<void>((resolve) => server.close(() => resolve()));
  try {
    // npm's login: the registry creates the user and answers with a token.
    const res = await fetch(`${url}-/user/org.couchdb.user:release-manager`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'release-manager', password: 'throwaway-password' }),
    });
    const body = (await res.json()) as { token?: string };
    if (!res.ok || !body.token) {
      throw new Error(`registry refused the user: ${res.status}`);
    }
    return {
      url,
      token: body.token,
      async packument(name) {
        const answer = await fetch(`${url}${name.replace('/', '%2f')}`);
        if (answer.status === 404) {
          return undefined;
        }
        if (!answer.ok) {
          throw new Error(`registry answered ${answer.status} for ${name}`);
        }
        return (await answer.json()) as Packument;
      },
      close,
    };
  } catch (err) {
    await close();
    throw err;
  }
}
