import { timingSafeEqual } from 'node:crypto';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import type { ZodType } from 'zod';
import { ERROR_CODES } from '../../src/core/errors';
import { sendError } from '../shared/http-errors';

/** Bearer-token check for the admin API, in constant time. */
export function adminGuard(adminToken: string): RequestHandler {
  const want = Buffer.from(adminToken);
  return (req: Request, res: Response, next: NextFunction) => {
    const header = req.header('authorization');
    const given = Buffer.from(header?.startsWith('Bearer ') ? header.slice(7) : '');
    if (given.length === want.length && timingSafeEqual(given, want)) return next();
    sendError(res, 401, ERROR_CODES.UNAUTHORIZED, 'admin token required');
  };
}

/** Parses `value` with `schema`, or answers 400 with the first problem and returns undefined. */
export function parseOr400<T>(schema: ZodType<T>, value: unknown, res: Response): T | undefined {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const where = issue?.path.length ? `${issue.path.join('.')}: ` : '';
  sendError(res, 400, ERROR_CODES.VALIDATION, `${where}${issue?.message ?? 'invalid request'}`);
  return undefined;
}

export function notFound(res: Response, what: string): void {
  sendError(res, 404, ERROR_CODES.NOT_FOUND, `${what} not found`);
}
