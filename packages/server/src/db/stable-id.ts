import { v5 } from 'uuid';

// Fixed namespace for Twinning Graph's name-based UUIDs (RFC 9562 version 5).
const NAMESPACE = '6f1c7c2e-4b8a-4d0f-9a3e-2b7c5d1e0f42';

/**
 * A UUID derived from a natural key, e.g. stableId('place', 'commune', '23074', '1900-01-01').
 * Reference and demo data get the same ID on every load, so loading is an idempotent upsert and
 * the IDs partners store stay valid across re-imports.
 */
export function stableId(...key: string[]): string {
  return v5(key.join('\u001f'), NAMESPACE);
}
