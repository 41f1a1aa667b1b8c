import { timingSafeEqual } from 'node:crypto';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import type { ZodType } from 'zod';

/** Bearer-token check for the admin API, in constant time. */
export function adminGuard(adminToken: string): RequestHandler {
  const want = Buffer.from(adminToken);
  return (req: Request, res: Response, next: NextFunction) => {
    const header = req.header('authorization');
    const given = Buffer.from(header?.startsWith('Bearer ') ? header.slice(7) : '');
    if (given.length === want.length && timingSafeEqual(given, want)) return next();
    res.status(401).json({ error: { code: 'E_UNAUTHORIZED', message: 'admin token required' } });
  };
}

/** Parses `value` with `schema`, or answers 400 with the first problem and returns undefined. */
export function parseOr400<T>(schema: ZodType<T>, value: unknown, res: Response): T | undefined {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const where = issue?.path.length ? `${issue.path.join('.')}: ` : '';
  res.status(400).json({ error: { code: 'E_VALIDATION', message: `${where}${issue?.message ?? 'invalid request'}` } });
  return undefined;
}

export function notFound(res: Response, what: string): void {
  res.status(404).json({ error: { code: 'E_NOT_FOUND', message: `${what} not found` } });
}
