import fs from 'node:fs';
import path from 'node:path';
import { call, type Services } from '../../core/platform/api/services';
import { ok } from '../support/harness';

/**
 * The receiving desk trusts the sender's workstation certificate as a clerk would: the .p12 handed
 * over, its fingerprint shown and confirmed (issue 14). Without it every package is refused.
 */
export function trustDataDir(receiver: Services, dataDir: string): string {
  const dir = path.join(dataDir, 'identity');
  const base64 = fs.readFileSync(path.join(dir, 'workstation.p12')).toString('base64');
  const passphrase = fs.readFileSync(path.join(dir, 'workstation.pass'), 'utf8');
  const [cert] = ok(call(receiver, 'documents.inspectCertificate', { base64, passphrase }));
  ok(
    call(receiver, 'documents.trust', {
      base64,
      passphrase,
      fingerprint: cert!.groupedFingerprint,
      confirmedBy: 'file',
    }),
  );
  return cert!.fingerprint;
}

export const trustSender = (receiver: Services, sender: Services): string =>
  trustDataDir(receiver, sender.dataDir);
