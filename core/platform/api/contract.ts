import { z } from 'zod';
import { backupsContract } from '../../features/backups/api';
import { casesContract } from '../../features/cases/api';
import { documentsContract } from '../../features/documents/api';
import { entrySetsContract } from '../../features/entry-sets/api';
import { hearingsContract } from '../../features/hearings/api';
import { importsContract } from '../../features/imports/api';
import { ledgerContract } from '../../features/ledger/api';
import { measuresContract } from '../../features/measures/api';
import { ratesContract } from '../../features/rates/api';
import { reconContract } from '../../features/recon/api';
import { settlementsContract } from '../../features/settlements/api';
import { receiptsContract } from '../../features/receipts/api';
import { signaturesContract } from '../../features/signatures/api';
import { spreadsheetsContract } from '../../features/spreadsheets/api';
import { transferContract } from '../../features/transfer/api';
import { read, topic, type MethodKind } from './method';
import type { AppInfo, ExportProgress } from './model';

/**
 * The one API contract (STYLE.md §2): method name -> kind, zod input, result type, assembled from each
 * feature's api.ts. Hosts, preload and the renderer client are typed by this object; nothing else
 * names a method string. Handlers are bound in ./registry.ts.
 */
export const contract = {
  'app.info': read<AppInfo>()(z.strictObject({})),
  ...casesContract,
  ...ledgerContract,
  ...reconContract,
  ...importsContract,
  ...entrySetsContract,
  ...ratesContract,
  ...documentsContract,
  ...backupsContract,
  ...signaturesContract,
  ...measuresContract,
  ...transferContract,
  ...hearingsContract,
  ...settlementsContract,
  ...receiptsContract,
  ...spreadsheetsContract,
} as const;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type InputOf<M extends MethodName> = z.input<Contract[M]['input']>;
export type ParsedInputOf<M extends MethodName> = z.output<Contract[M]['input']>;
export type OutputOf<M extends MethodName> = NonNullable<Contract[M]['output']>;
export type KindOf<M extends MethodName> = Contract[M]['kind'];
export const METHOD_NAMES = Object.keys(contract) as MethodName[];

export const isMethodName = (name: string): name is MethodName => Object.hasOwn(contract, name);
export const kindOf = (name: MethodName): MethodKind => contract[name].kind;

/** Subscription topics pushed from host to renderer (SSE on the web host, IPC events in Electron). */
const topics = {
  'case.changed': topic<{ caseId: number }>(),
  'presenter.show': topic<{ view: string; payload: unknown }>(),
  /** cursor is set when only the cursor moved: a window already there need not reload */
  'recon.changed': topic<{ sessionId: number; caseId: number; cursor?: number }>(),
  'rates.changed': topic<{ version: string }>(),
  /**
   * Export jobs (./export-job.ts): pages laid out so far; total is null until the last page is laid
   * out (the page count is known only then), then done = total. `input` is the call's input.
   */
  'export.progress': topic<ExportProgress>(),
};
export type Topics = { [T in keyof typeof topics]: NonNullable<(typeof topics)[T]['payload']> };
export type TopicName = keyof Topics;
export const TOPIC_NAMES = Object.keys(topics) as TopicName[];
export const isTopicName = (value: unknown): value is TopicName =>
  typeof value === 'string' && Object.hasOwn(topics, value);
