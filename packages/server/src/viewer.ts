/** Who is calling: anonymous, or an API key's role and scope. */
export interface Viewer {
  role: 'ANONYMOUS' | 'VIEWER' | 'EDITOR' | 'ADMIN';
  keyId: string | null;
  /** An editor writes in these provinces (and the ones they replaced)… */
  provinceIds: readonly string[];
  /** …or on behalf of these agencies. */
  agencyIds: readonly string[];
}

export const anonymousViewer: Viewer = { role: 'ANONYMOUS', keyId: null, provinceIds: [], agencyIds: [] };
