import { useEffect, useState } from 'react';

/** Hash routes: "#/" = case list, "#/case/12" = case page, "#/rates" = rate tables. */
export type Route = { name: 'cases' } | { name: 'case'; id: number } | { name: 'rates' };

export function parseRoute(hash: string): Route {
  const m = /^#\/case\/(\d{1,12})$/.exec(hash);
  if (m) return { name: 'case', id: Number(m[1]) };
  if (hash === '#/rates') return { name: 'rates' };
  return { name: 'cases' };
}

export function hrefFor(route: Route): string {
  switch (route.name) {
    case 'case':
      return `#/case/${route.id}`;
    case 'rates':
      return '#/rates';
    default:
      return '#/';
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
