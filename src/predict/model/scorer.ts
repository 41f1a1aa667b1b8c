/**
 * Scores customers with the latest stored propensity model. The model is loaded lazily and reloaded
 * when older than `reloadAfterMs`, so every instance picks up a retrain without a restart.
 */
import type { Logger } from '../../core/logger';
import type { Store } from '../../store/repositories';
import { customerFeatures } from '../features/customer-features';
import { PROPENSITY_MODEL_NAME, PropensityModel } from './propensity-model';

export type PropensityBand = 'low' | 'medium' | 'high';

export interface PropensityScore {
  /** Probability of a purchase within the model's horizon, 0..1. */
  propensity: number;
  /** high: at or above the model's threshold; medium: at or above half of it; low: below. */
  band: PropensityBand;
  modelVersion: number;
}

/** What campaigns and the handoff header need; implemented by PropensityScorer. */
export interface PropensitySource {
  score(customerId: string, now: Date): Promise<PropensityScore | null>;
}

export class PropensityScorer implements PropensitySource {
  private loaded: { model: PropensityModel; version: number; at: number } | null = null;

  constructor(private readonly deps: { store: Store; log: Logger; reloadAfterMs?: number }) {}

  /** Null when no usable model is stored yet. */
  async score(customerId: string, now: Date): Promise<PropensityScore | null> {
    const current = await this.current(now);
    if (!current) return null;
    const events = await this.deps.store.events.list({ customerId, to: now.toISOString() });
    const [propensity = 0] = current.model.predict([customerFeatures(events, now)]);
    return { propensity, band: bandOf(propensity, current.model.threshold), modelVersion: current.version };
  }

  /** Forgets the cached model; the next score loads the latest one. */
  reload(): void {
    this.loaded = null;
  }

  private async current(now: Date) {
    const maxAge = this.deps.reloadAfterMs ?? 10 * 60_000;
    if (this.loaded && now.getTime() - this.loaded.at < maxAge) return this.loaded;
    const stored = await this.deps.store.models.latest(PROPENSITY_MODEL_NAME);
    if (!stored) return null;
    if (this.loaded?.version === stored.version) {
      this.loaded.at = now.getTime();
      return this.loaded;
    }
    try {
      this.loaded = { model: PropensityModel.deserialize(stored.data), version: stored.version, at: now.getTime() };
    } catch (error) {
      this.deps.log.warn({ err: error, version: stored.version }, 'stored propensity model unusable');
      return null;
    }
    return this.loaded;
  }
}

export function bandOf(propensity: number, threshold: number): PropensityBand {
  if (propensity >= threshold) return 'high';
  if (propensity >= threshold / 2) return 'medium';
  return 'low';
}
