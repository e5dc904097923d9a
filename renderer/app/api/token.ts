/** The web host's per-launch token: taken from ?token= once, then kept in sessionStorage. */
export const TOKEN_KEY = 'hd.token';
export const TOKEN_HEADER = 'x-hearing-desk-token';

type StorageLike = Pick<Storage, 'getItem' | 'setItem'>;

export function takeToken(search: string, storage: StorageLike | null): string | null {
  const fromUrl = new URLSearchParams(search).get('token');
  if (fromUrl) {
    try {
      storage?.setItem(TOKEN_KEY, fromUrl);
    } catch {
      // storage unavailable: keep it in memory only
    }
    return fromUrl;
  }
  try {
    return storage?.getItem(TOKEN_KEY) ?? null;
  } catch {
    return null;
  }
}

/** The same search string without the token (so it is not shown on a projected address bar). */
export function searchWithoutToken(search: string): string {
  const params = new URLSearchParams(search);
  params.delete('token');
  const rest = params.toString();
  return rest ? `?${rest}` : '';
}
