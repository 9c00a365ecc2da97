import { createHash } from 'node:crypto';

// Fixed namespace for Twinning Graph's name-based UUIDs (RFC 9562 version 5).
const NAMESPACE = Buffer.from('6f1c7c2e4b8a4d0f9a3e2b7c5d1e0f42', 'hex');

/**
 * A UUID derived from a natural key, e.g. stableId('place', 'commune', '23074', '1900-01-01').
 * Reference and demo data get the same ID on every load, so loading is an idempotent upsert and
 * the IDs partners store stay valid across re-imports.
 */
export function stableId(...key: string[]): string {
  const hash = createHash('sha1').update(NAMESPACE).update(key.join('\u001f')).digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
