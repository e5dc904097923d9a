export {
  previewImport,
  type Preview,
  type PreviewRow,
  type ImportedPayment,
  type ExistingPayment,
} from './preview';
export { FIELDS, type Field, type Mapping } from './mapping';
export { MAX_IMPORT_BYTES } from '../../lib/tables/table';
export { ImportFileError, type Text } from '../../lib/tables/problems';
export { parseAmountText, parseDateText } from './fields';
