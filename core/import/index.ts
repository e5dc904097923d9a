export {
  previewImport,
  type Preview,
  type PreviewRow,
  type ImportedPayment,
  type ExistingPayment,
} from './preview';
export { FIELDS, type Field, type Mapping } from './mapping';
export { MAX_IMPORT_BYTES } from './table';
export { ImportFileError, type Text } from './problems';
export { parseAmountText, parseDateText } from './fields';
