import { useSyncExternalStore } from 'react';

/** The dashboard's pages, addressed by the URL's hash so a static file server can serve it. */
export type Route =
  | { page: 'province'; code: string }
  | { page: 'commune'; code: string; asOf: string | undefined }
  | { page: 'gaps'; provinceCode: string | undefined }
  | { page: 'map' };

export const DEFAULT_PROVINCE = '11';

export function parseRoute(hash: string): Route {
  const [page, code, extra] = hash.replace(/^#\/?/, '').split('/').map(decodeURIComponent);
  switch (page) {
    case 'commune':
      return { page: 'commune', code: code || '23074', asOf: extra || (code ? undefined : '2024-12-31') };
    case 'gaps':
      return { page: 'gaps', provinceCode: code || undefined };
    case 'map':
      return { page: 'map' };
    default:
      return { page: 'province', code: (page === 'province' && code) || DEFAULT_PROVINCE };
  }
}

export function href(route: Route): string {
  switch (route.page) {
    case 'province':
      return `#/province/${route.code}`;
    case 'commune':
      return `#/commune/${route.code}${route.asOf ? `/${route.asOf}` : ''}`;
    case 'gaps':
      return route.provinceCode ? `#/gaps/${route.provinceCode}` : '#/gaps';
    case 'map':
      return '#/map';
  }
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return parseRoute(hash);
}

export function navigate(route: Route): void {
  window.location.hash = href(route);
}
