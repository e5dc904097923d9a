/** The label stored for an attachment whose file name leaves nothing to show. */
export const DEFAULT_ATTACHMENT_LABEL = '附件';
