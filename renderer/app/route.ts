import { useEffect, useState } from 'react';

/**
 * Hash routes: "#/" = case list, "#/case/12" = case page, "#/rates" = rate tables,
 * "#/case/12/recon/3" = the reconciliation session 3 of case 12 (operator view).
 */
export type Route =
  | { name: 'cases' }
  | { name: 'case'; id: number }
  | { name: 'recon'; caseId: number; sessionId: number }
  | { name: 'hearing'; caseId: number; hearingId: number }
  // hearingSigning: the signatures of a finished petition hearing's minutes
  | { name: 'hearingSigning'; caseId: number; hearingId: number }
  | { name: 'import'; caseId: number }
  | { name: 'doubleEntry'; caseId: number }
  | { name: 'rates' }
  | { name: 'backups' }
  // signing: the signatures of a closed session's minutes; verify: check a signed PDF
  | { name: 'signing'; caseId: number; sessionId: number }
  | { name: 'verify' }
  // settlement: 执行和解协议 of a case; distribution: 执行款分配方案
  | { name: 'settlement'; caseId: number }
  | { name: 'distribution'; caseId: number }
  // settlementSigning: the handwritten signatures of a settlement (执行和解协议签名)
  | { name: 'settlementSigning'; caseId: number; settlementId: number };

export function parseRoute(hash: string): Route {
  const m = /^#\/case\/(\d{1,12})$/.exec(hash);
  if (m) return { name: 'case', id: Number(m[1]) };
  const r = /^#\/case\/(\d{1,12})\/recon\/(\d{1,12})$/.exec(hash);
  if (r) return { name: 'recon', caseId: Number(r[1]), sessionId: Number(r[2]) };
  // "#/case/12/hearing/3" = petition hearing 3 of case 12 (operator view)
  const h = /^#\/case\/(\d{1,12})\/hearing\/(\d{1,12})$/.exec(hash);
  if (h) return { name: 'hearing', caseId: Number(h[1]), hearingId: Number(h[2]) };
  // "#/case/12/hearing/3/sign" = the signatures of hearing 3's minutes
  const hs = /^#\/case\/(\d{1,12})\/hearing\/(\d{1,12})\/sign$/.exec(hash);
  if (hs) return { name: 'hearingSigning', caseId: Number(hs[1]), hearingId: Number(hs[2]) };
  // "#/case/12/import" = statement import, "#/case/12/double-entry" = 双人独立核算
  const i = /^#\/case\/(\d{1,12})\/(import|double-entry)$/.exec(hash);
  if (i) return { name: i[2] === 'import' ? 'import' : 'doubleEntry', caseId: Number(i[1]) };
  if (hash === '#/rates') return { name: 'rates' };
  if (hash === '#/backups') return { name: 'backups' };
  const g = /^#\/case\/(\d{1,12})\/recon\/(\d{1,12})\/sign$/.exec(hash);
  if (g) return { name: 'signing', caseId: Number(g[1]), sessionId: Number(g[2]) };
  if (hash === '#/verify') return { name: 'verify' };
  // "#/case/12/settlement", "#/case/12/distribution"
  const st = /^#\/case\/(\d{1,12})\/(settlement|distribution)$/.exec(hash);
  if (st) return { name: st[2] === 'settlement' ? 'settlement' : 'distribution', caseId: Number(st[1]) };
  // "#/case/12/settlement/5/sign" = the signatures of settlement 5 (like a session's /sign)
  const ss = /^#\/case\/(\d{1,12})\/settlement\/(\d{1,12})\/sign$/.exec(hash);
  if (ss) return { name: 'settlementSigning', caseId: Number(ss[1]), settlementId: Number(ss[2]) };
  return { name: 'cases' };
}

export function hrefFor(route: Route): string {
  switch (route.name) {
    case 'case':
      return `#/case/${route.id}`;
    case 'recon':
      return `#/case/${route.caseId}/recon/${route.sessionId}`;
    case 'hearing':
      return `#/case/${route.caseId}/hearing/${route.hearingId}`;
    case 'hearingSigning':
      return `#/case/${route.caseId}/hearing/${route.hearingId}/sign`;
    case 'import':
      return `#/case/${route.caseId}/import`;
    case 'doubleEntry':
      return `#/case/${route.caseId}/double-entry`;
    case 'rates':
      return '#/rates';
    case 'backups':
      return '#/backups';
    case 'signing':
      return `#/case/${route.caseId}/recon/${route.sessionId}/sign`;
    case 'verify':
      return '#/verify';
    case 'settlement':
      return `#/case/${route.caseId}/settlement`;
    case 'distribution':
      return `#/case/${route.caseId}/distribution`;
    case 'settlementSigning':
      return `#/case/${route.caseId}/settlement/${route.settlementId}/sign`;
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
