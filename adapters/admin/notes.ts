import { Router } from 'express';
import { z } from 'zod';
import { NOTE_KINDS } from '../../src/store/entities';
import type { NoteRepo } from '../../src/store/repositories';
import { adminGuard, parseOr400 } from './guard';

const notesQuery = z.object({
  kind: z.enum(NOTE_KINDS),
  customerId: z.string().min(1).max(100).optional(),
  conversationId: z.string().min(1).max(100).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
});

/**
 * What the bot left for the team to read: tickets it promised a follow-up on (an email after hours, a
 * copy of an invoice), complaints and reviews in the shopper's words, ratings. Newest first.
 */
export function notesRouter(deps: { adminToken: string; notes: Pick<NoteRepo, 'list'> }): Router {
  const router = Router();
  router.get('/api/admin/notes', adminGuard(deps.adminToken), async (req, res) => {
    const query = parseOr400(notesQuery, req.query, res);
    if (!query) return;
    const { kind, limit, customerId, conversationId } = query;
    const notes = await deps.notes.list(kind, {
      limit,
      newestFirst: true,
      ...(customerId !== undefined && { customerId }),
      ...(conversationId !== undefined && { conversationId }),
    });
    res.json({ notes });
  });
  return router;
}
