export type { Handoff } from '../store/entities';
export type { AgentDesk, HandoffSummary, PropensityScorer, ThreadRef, TranscriptLine } from './desk';
export { type ActionResult, HandoffService, type HandoffServiceDeps } from './service';
export { scheduleHandoffSweeps } from './sweeper';
export { DEFAULT_TEMPLATES, type HandoffTemplates } from './templates';
