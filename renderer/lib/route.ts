import { useEffect, useState } from 'react';

/**
 * Hash routes: "#/" = case list, "#/case/12" = case page, "#/rates" = rate tables,
 * "#/case/12/recon/3" = the reconciliation session 3 of case 12 (operator view).
 */
export type Route =
  | { name: 'cases' }
  | { name: 'case'; id: number }
  | { name: 'recon'; caseId: number; sessionId: number }
  | { name: 'import'; caseId: number }
  | { name: 'doubleEntry'; caseId: number }
  | { name: 'rates' };

export function parseRoute(hash: string): Route {
  const m = /^#\/case\/(\d{1,12})$/.exec(hash);
  if (m) return { name: 'case', id: Number(m[1]) };
  const r = /^#\/case\/(\d{1,12})\/recon\/(\d{1,12})$/.exec(hash);
  if (r) return { name: 'recon', caseId: Number(r[1]), sessionId: Number(r[2]) };
  // "#/case/12/import" = statement import, "#/case/12/double-entry" = 双人独立核算
  const i = /^#\/case\/(\d{1,12})\/(import|double-entry)$/.exec(hash);
  if (i) return { name: i[2] === 'import' ? 'import' : 'doubleEntry', caseId: Number(i[1]) };
  if (hash === '#/rates') return { name: 'rates' };
  return { name: 'cases' };
}

export function hrefFor(route: Route): string {
  switch (route.name) {
    case 'case':
      return `#/case/${route.id}`;
    case 'recon':
      return `#/case/${route.caseId}/recon/${route.sessionId}`;
    case 'import':
      return `#/case/${route.caseId}/import`;
    case 'doubleEntry':
      return `#/case/${route.caseId}/double-entry`;
    case 'rates':
      return '#/rates';
    case 'cases':
      return '#/';
    default: {
      const never: never = route;
      return never;
    }
  }
}

export function navigate(route: Route): void {
  window.location.hash = hrefFor(route);
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}
