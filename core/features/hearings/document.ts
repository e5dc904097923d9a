import { chineseDate } from '../../lib/money/chinese';
import type { Block, DocumentModel, PageSignature } from '../../platform/documents/model';
import { zh } from '../../platform/documents/messages';
import { phrases } from './messages';

/**
 * A generic record of a sitting (对账笔录, 听证笔录, …): time and place, participants, numbered entries,
 * the closing signature block, and a signature on every page footer (逐页签名). Pure.
 */
export type MinutesInput = {
  kind: string;
  court: string;
  /** 对账笔录 / 听证笔录 */
  title: string;
  caseNumber?: string;
  /** ISO date of the sitting. */
  date: string;
  time?: string;
  place?: string;
  participants: { role: string; name: string; note?: string }[];
  entries: { speaker: string; text: string }[];
  /**
   * Who signs at the end, in court order (participants → judges → clerk): a line to sign on, a
   * handwritten PNG (base64), or a refusal with its reason (拒绝签名).
   */
  signers: { role: string; name?: string; imagePng?: string; refused?: string }[];
  /** Who signs every page; a name or a PNG, or nothing yet (a line to sign on). */
  pageSignatures?: PageSignature[];
};

export function minutesModel(input: MinutesInput): DocumentModel {
  const facts = [
    { label: phrases.time, value: `${chineseDate(input.date)}${input.time ? ` ${input.time}` : ''}` },
    ...(input.place ? [{ label: phrases.place, value: input.place }] : []),
    ...input.participants.map((p) => ({
      label: p.role,
      value: p.note ? phrases.withNote(p.name, p.note) : p.name,
    })),
  ];
  const blocks: Block[] = [
    { type: 'fields', rows: facts },
    { type: 'heading', text: zh('record') },
    ...input.entries.map((e, i): Block => ({
      type: 'entry',
      number: i + 1,
      speaker: e.speaker,
      text: e.text,
    })),
    { type: 'paragraph', text: zh('minutesEnd'), align: 'center' },
    { type: 'signatures', signers: input.signers, date: chineseDate(input.date) },
  ];
  return {
    kind: input.kind,
    court: input.court,
    title: input.title,
    ...(input.caseNumber ? { caseNumber: input.caseNumber } : {}),
    blocks,
    ...(input.pageSignatures ? { pageSignatures: input.pageSignatures } : {}),
  };
}

/**
 * A long 对账笔录 for the benchmark and the page-numbering test: `entries` exchanges about payments,
 * deterministic (no clock, no randomness).
 */
export function sampleLongMinutes(entries: number, pageSignatures?: PageSignature[]): MinutesInput {
  const sample = phrases.sample;
  const list: { speaker: string; text: string }[] = [];
  for (let i = 0; i < entries; i++) {
    const day = String((i % 28) + 1).padStart(2, '0');
    const month = String((i % 12) + 1).padStart(2, '0');
    const amount = `${(i % 9) + 1}${'0'.repeat(3 + (i % 3))}.00`;
    if (i % 2 === 0)
      list.push({
        speaker: sample.judge.role,
        text: sample.question(i / 2 + 1, `20${10 + (i % 15)}-${month}-${day}`, amount, 1000 + i),
      });
    else list.push({ speaker: sample.applicant.role, text: sample.answer });
  }
  const { judge, clerk, applicant, respondent } = sample;
  return {
    kind: 'minutes',
    court: sample.court,
    title: sample.title,
    caseNumber: sample.caseNumber,
    date: '2026-01-21',
    time: sample.time,
    place: sample.place,
    participants: [judge, clerk, applicant, respondent],
    entries: list,
    signers: [{ role: applicant.role, name: '' }, { role: respondent.role, name: '' }, judge, clerk],
    ...(pageSignatures ? { pageSignatures } : {}),
  };
}
