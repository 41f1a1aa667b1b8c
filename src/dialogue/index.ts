export { ConciergeDialogue, type DialogueOptions } from './engine';
export { type Payload, parsePayload, payloads } from './payload';
export { type DialogueState, readState } from './state';
export { type TemplateKey, Templates } from './templates';
