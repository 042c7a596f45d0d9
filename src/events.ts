// The live event stream: detections, decision and incident changes as they happen, and each second's
// traffic, for the SSE endpoint, the notifiers and logs.
// Subscribers are called synchronously and must not throw; a throwing one is dropped.

import type { Incident, IncidentChange } from './incidents/incident.js';
import type { Decision } from './responder/decision.js';
import type { DecisionChangeType } from './responder/decision-table.js';
import type { Detection } from './sentinel/detection.js';
import type { TrafficPoint } from './store/traffic-repository.js';

export type BreakwaterEvent =
  | { type: 'detection'; at: number; detection: Detection }
  | { type: 'decision'; at: number; change: DecisionChangeType; decision: Decision; dryRun: boolean }
  | { type: 'incident'; at: number; change: IncidentChange; incident: Incident; previous?: Incident }
  | { type: 'traffic'; at: number; point: TrafficPoint };

export type EventListener = (event: BreakwaterEvent) => void;

export class EventBus {
  private readonly listeners = new Set<EventListener>();

  subscribe(listener: EventListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  publish(event: BreakwaterEvent): void {
    for (const listener of this.listeners) {
      try {
        listener(event);
      } catch {
        this.listeners.delete(listener);
      }
    }
  }

  get subscribers(): number {
    return this.listeners.size;
  }
}
