import { z } from 'zod';

/**
 * Input fragment of every document export that prints party details: `reveal: true` shows identity
 * and phone numbers in full for this one document; absent or false masks them (core/platform/documents/privacy.ts).
 */
export const revealInput = {
  reveal: z.boolean({ message: 'invalid' }).optional(),
};
