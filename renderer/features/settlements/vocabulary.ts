/** Where a deduction (划拨) is taken from unless the clerk says otherwise: saved as written in the plan. */
export const DEFAULT_DEDUCTION_SOURCE = '养老金';
