import { randomBytes } from 'node:crypto';

/**
 * A version-7 UUID (RFC 9562), time-ordered like the `uuid(7)` default of the schema. A batch
 * write makes its IDs up front so that items, partners and audit rows can point at activities
 * inserted in the same statement.
 */
export function newId(now: number = Date.now()): string {
  const bytes = randomBytes(16);
  bytes.writeUIntBE(now, 0, 6);
  bytes[6] = (bytes[6]! & 0x0f) | 0x70;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
