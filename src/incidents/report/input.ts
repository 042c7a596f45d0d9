// What a post-incident report is made of: the incident, its timeline, the traffic over it and its decisions.
import type { Decision } from '../../responder/decision.js';
import type { TrafficPoint } from '../../store/traffic-repository.js';
import type { Incident, TimelineEntry } from '../incident.js';

export type { TrafficPoint };

export interface ReportInput {
  incident: Incident;
  timeline: TimelineEntry[];
  traffic: TrafficPoint[];
  decisions: Decision[];
  /** When the report was made, ms. */
  generatedAt: number;
}
