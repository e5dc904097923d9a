import { disclose } from '../../platform/documents/privacy';
import type { ReconMinutesInput } from './document';

/**
 * Privacy for the records of a sitting: what people said and who they are is party-entered text, so
 * ID-card and phone numbers inside it are masked unless shown for this one document. Amounts, dates,
 * subjects computed from the ledger, and the signature images are never touched.
 */
export function discloseReconMinutes(input: ReconMinutesInput, reveal: boolean): ReconMinutesInput {
  if (reveal) return input;
  const show = (text: string) => disclose(text, false);
  return {
    ...input,
    participants: input.participants.map((p) => ({ ...p, name: show(p.name) })),
    entries: input.entries.map((e) => ({
      ...e,
      positions: e.positions.map((p) => ({ ...p, text: show(p.text) })),
      ...(e.finding ? { finding: { ...e.finding, text: show(e.finding.text) } } : {}),
    })),
    ...(input.outcome
      ? {
          outcome: {
            ...input.outcome,
            found: input.outcome.found.map((f) => ({ ...f, text: show(f.text) })),
          },
        }
      : {}),
    signers: input.signers.map((s) => ({
      ...s,
      name: show(s.name),
      ...(s.reason !== undefined ? { reason: show(s.reason) } : {}),
    })),
  };
}
