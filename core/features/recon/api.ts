import { z } from 'zod';
import { revealInput } from '../../platform/documents/reveal';
import { read, write, job } from '../../platform/api/method';
import {
  id,
  isoDate,
  optionalText,
  paymentKind,
  positiveAmountString,
  requiredText,
} from '../../platform/api/schemas';
import { PARTICIPANT_ROLES, SIDES } from './rules';
import { ORDER_NAMES, permutation } from '../../lib/interest/settings';
import type { SessionCursor, SessionSummary, SessionView } from './model';
import type { DocumentExport } from '../documents/model';

/** This feature's methods in the one contract (core/platform/api/contract.ts): name -> kind, zod input, result type. */
/** A party's claim about a payment: another date or amount, or that it was never paid. */
const claim = z.strictObject({
  date: isoDate.optional(),
  amount: positiveAmountString.optional(),
  removed: z.boolean().optional(),
  kind: paymentKind.optional(),
  order: z.union([permutation, z.enum(ORDER_NAMES, { message: 'enumInvalid' })]).optional(),
});

export const reconContract = {
  'recon.list': read<SessionSummary[]>()(z.strictObject({ caseId: id })),
  'recon.get': read<SessionView>()(z.strictObject({ sessionId: id })),
  'recon.create': write<SessionView>()(z.strictObject({ caseId: id })),
  'recon.addParticipant': write<SessionView>()(
    z.strictObject({
      sessionId: id,
      role: z.enum(PARTICIPANT_ROLES, { message: 'enumInvalid' }),
      name: requiredText(200),
    }),
  ),
  'recon.start': write<SessionView>()(z.strictObject({ sessionId: id })),
  'recon.pause': write<SessionView>()(z.strictObject({ sessionId: id })),
  'recon.resume': write<SessionView>()(z.strictObject({ sessionId: id })),
  'recon.move': write<SessionCursor>()(
    z.strictObject({ sessionId: id, cursor: z.number().int().min(0).max(1_000_000) }),
  ),
  'recon.position': write<SessionView>()(
    z.strictObject({
      sessionId: id,
      entryKey: requiredText(100),
      /** who said it; the side follows from their role (a whole side may still be named, as before) */
      participantId: id.optional(),
      side: z.enum(SIDES, { message: 'enumInvalid' }).optional(),
      stance: z.enum(['agree', 'dispute'], { message: 'enumInvalid' }),
      claim: claim.nullable().default(null),
      statement: optionalText(2000),
    }),
  ),
  /** 「其余各项无异议」: one person agrees to every entry they have not yet spoken on, each recorded as such. */
  'recon.restAgreed': write<SessionView>()(
    z.strictObject({ sessionId: id, participantId: id, statement: optionalText(2000) }),
  ),
  'recon.unlock': write<SessionView>()(
    z.strictObject({ sessionId: id, entryKey: requiredText(100), reason: requiredText(500) }),
  ),
  'recon.finding': write<SessionView>()(
    z.strictObject({
      sessionId: id,
      entryKey: requiredText(100),
      adopt: z.enum(['creditor', 'debtor', 'record', 'court'], { message: 'enumInvalid' }),
      claim: claim.nullable().default(null),
      reason: requiredText(2000),
    }),
  ),
  'recon.close': write<SessionView>()(z.strictObject({ sessionId: id })),
  'presenter.show': write<{ view: 'blank' | 'session' }>()(
    z.strictObject({ sessionId: id.optional(), blank: z.boolean().default(false) }),
  ),
  'documents.reconMinutes': job<DocumentExport>()(z.strictObject({ sessionId: id, ...revealInput })),
} as const;
