// zod pieces shared by route schemas.
import { z } from 'zod';

export const Paging = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(20),
});

export const IdParam = z.object({ id: z.coerce.number().int().positive() });

export const Ok = z.object({ ok: z.literal(true) });

export const ErrorBody = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    details: z.array(
      z.object({
        file: z.string().optional(),
        row: z.number().optional(),
        column: z.string().optional(),
        message: z.string(),
      }),
    ),
  }),
});
