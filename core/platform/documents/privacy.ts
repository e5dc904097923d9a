import { maskSensitive } from './masking';

/**
 * Privacy of exported documents: identity-card and phone numbers are masked unless the user
 * chose, for this one document, to show them; the export's audit row records the choice.
 *
 * For any document that prints party details, one call each:
 *   parties: detail.parties.map((p) => documentParty(p, reveal))   // what goes into the model
 *   after: { ...record, ...disclosureAudit(reveal) }               // what the export's audit row says
 * and `...revealInput` (core/platform/documents/reveal.ts) in the method's input schema.
 * Only party-entered text is masked, never the model as a whole: hashes, amounts and dates stay exact.
 */

export type PartyIdentity = {
  name: string;
  representative?: string;
  idNumber?: string;
  phone?: string;
  address?: string;
};

/** Free text a user typed (a name, a note, an address): ID-card and phone numbers inside it masked. */
export function disclose(text: string, reveal: boolean): string {
  return reveal ? text : maskSensitive(text);
}

/**
 * A whole identifier field (ID card, passport, credit code, phone): first three and last four kept,
 * the rest starred, whatever its format; a short one is starred entirely.
 */
export function maskIdentifier(value: string): string {
  const chars = [...value.trim()];
  if (chars.length === 0) return '';
  if (chars.length <= 7) return '*'.repeat(chars.length);
  return `${chars.slice(0, 3).join('')}${'*'.repeat(chars.length - 7)}${chars.slice(-4).join('')}`;
}

/** A party as a document may print it: identifiers masked, numbers inside the text fields masked. */
export function documentParty<P extends PartyIdentity>(party: P, reveal: boolean): P {
  if (reveal) return party;
  const out: P = { ...party, name: maskSensitive(party.name) };
  if (party.representative !== undefined) out.representative = maskSensitive(party.representative);
  if (party.address !== undefined) out.address = maskSensitive(party.address);
  if (party.idNumber !== undefined) out.idNumber = maskIdentifier(party.idNumber);
  if (party.phone !== undefined) out.phone = maskIdentifier(party.phone);
  return out;
}

/** What the export's audit row records: whether identity and phone numbers were masked. */
export function disclosureAudit(reveal: boolean): { masked: boolean } {
  return { masked: !reveal };
}
