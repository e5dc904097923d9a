import type { InputOf, MethodName, OutputOf } from '../../core/platform/api/contract';

/** Calls the running web host's API directly (with the session token), for set-up and checks. */
export async function apiValue<M extends MethodName>(
  host: { current: { origin: string; token: string } },
  name: M,
  input: InputOf<M>,
): Promise<OutputOf<M>> {
  const res = await fetch(`${host.current.origin}/api/${name}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-hearing-desk-token': host.current.token },
    body: JSON.stringify(input),
  });
  const body = (await res.json()) as
    { ok: true; value: OutputOf<M> } | { ok: false; error: { message_zh: string } };
  if (!body.ok) throw new Error(`${name}: ${body.error.message_zh}`);
  return body.value;
}
