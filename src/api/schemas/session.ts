/** B5. What validate-token answers; read only by the session calls (session.ts), which load on demand. */
import * as z from 'zod/mini';
import {epochMs} from './token.js';
import {boolOr, nullableNumber, optionalText} from './fields.js';

export const ValidateTokenResultSchema = z.pipe(
  z.object({
    /** A 2xx without the flag means the token passed. */
    valid: boolOr(true),
    memberUuid: optionalText,
    memberName: optionalText,
    expiresIn: nullableNumber,
    expiresAt: z.transform((value: unknown) => epochMs(value)),
  }),
  z.transform((raw) => ({
    valid: raw.valid,
    memberUuid: raw.memberUuid,
    memberName: raw.memberName,
    /** Epoch ms, when the server said. */
    expiresAt: raw.expiresAt ?? (raw.expiresIn !== null ? Date.now() + raw.expiresIn * 1000 : undefined),
  })),
);
export type ValidateTokenResult = z.output<typeof ValidateTokenResultSchema>;
