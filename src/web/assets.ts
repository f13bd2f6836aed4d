// Static assets under content-hashed names ("/assets/helix.3f2a9c1d.css"), served from memory
// with year-long immutable caching. Layouts ask `assetUrl('css/helix.css')` for the current name.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';

const TYPES: Record<string, string> = {
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

interface Asset {
  body: Buffer;
  type: string;
  etag: string;
}

export interface AssetManifest {
  url(logical: string): string;
  get(hashedName: string): Asset | undefined;
}

export const PUBLIC_DIR = path.resolve(import.meta.dirname, '../../public');

function walk(dir: string, prefix = ''): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    return entry.isDirectory() ? walk(path.join(dir, entry.name), rel) : [rel];
  });
}

export function buildAssetManifest(dir = PUBLIC_DIR): AssetManifest {
  const byLogical = new Map<string, string>();
  const byHashed = new Map<string, Asset>();
  for (const rel of walk(dir)) {
    const ext = path.extname(rel);
    const type = TYPES[ext];
    if (!type) continue;
    const body = fs.readFileSync(path.join(dir, rel));
    const hash = createHash('sha256').update(body).digest('hex').slice(0, 10);
    const hashed = `${rel.slice(0, -ext.length)}.${hash}${ext}`;
    byLogical.set(rel, `/assets/${hashed}`);
    byHashed.set(hashed, { body, type, etag: `"${hash}"` });
  }
  return {
    url(logical) {
      const found = byLogical.get(logical);
      if (!found) throw new Error(`Unknown asset ${logical}`);
      return found;
    },
    get: (hashed) => byHashed.get(hashed),
  };
}

export function registerAssetRoutes(app: FastifyInstance, manifest: AssetManifest): void {
  app.get('/assets/*', async (request, reply) => {
    const name = (request.params as { '*': string })['*'];
    const asset = manifest.get(name);
    if (!asset) return reply.callNotFound();
    void reply
      .header('cache-control', 'public, max-age=31536000, immutable')
      .header('etag', asset.etag)
      .type(asset.type);
    if (request.headers['if-none-match'] === asset.etag) return reply.code(304).send();
    return reply.send(asset.body);
  });
}
