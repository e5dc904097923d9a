import { appendAudit } from '../../../platform/db/audit';
import {
  currentIdentity,
  IdentityError,
  importIdentity,
  type Identity,
} from '../../../platform/documents/identity';
import { AppError, validationFailed } from '../../../platform/api/errors';
import type { IdentityView } from '../../signatures/model';
import type { HandlerGroup } from '../../../platform/api/handler';
import type { DocumentVerification } from '../model';
import { trustHandlers } from './trust';
import { verifyDocument } from './verify';

/** Verification of any signed PDF, and the workstation's signing identity. */
export const documentsHandlers = {
  ...trustHandlers,
  'documents.verify': (ctx, { base64 }): DocumentVerification => {
    return verifyDocument(Buffer.from(base64, 'base64'), ctx.db, ctx.dataDir);
  },
  'documents.identity': (ctx): IdentityView => {
    let identity: Identity | null;
    try {
      identity = currentIdentity(ctx.dataDir);
    } catch (error) {
      if (error instanceof IdentityError) throw AppError.fromText('CONFLICT', error.text);
      throw error;
    }
    return identity
      ? identityView(identity)
      : { commonName: null, source: 'none', notAfter: null, fingerprint: null };
  },

  // The court's own certificate: checked (passphrase, key, matching certificate) before it is kept.
  'documents.importIdentity': (ctx, { base64, passphrase }): IdentityView => {
    const p12 = Buffer.from(base64, 'base64');
    let identity: Identity;
    try {
      identity = importIdentity(ctx.dataDir, p12, passphrase);
    } catch (error) {
      if (error instanceof IdentityError)
        throw validationFailed([{ path: ['passphrase'], key: 'invalid', ...error.text }]);
      throw error;
    }
    const view = identityView(identity);
    appendAudit(ctx.db, {
      actor: ctx.actor,
      at: ctx.now(),
      entity: 'identity',
      entityId: view.fingerprint ?? 'imported',
      action: 'create',
      before: null,
      after: view,
    });
    return view;
  },
} satisfies HandlerGroup;

function identityView(identity: Identity): IdentityView {
  return {
    commonName: identity.commonName,
    source: identity.source,
    notAfter: identity.cert.validity.notAfter.toISOString(),
    fingerprint: identity.fingerprint,
  };
}
