// Tables of the store: incidents, their timelines, their links to detections and decisions, and the
// per-year counter that numbers them.

export interface IncidentsTable {
  /** INC-2026-0001. */
  id: string;
  /** 'flood' or 'phishing'. */
  kind: string;
  title: string;
  severity: string;
  severity_locked: number;
  status: string;
  /** JSON: string[]. */
  services: string;
  /** JSON: DetectionKind[]. */
  attack_classes: string;
  /** JSON: SourceCount[]. */
  top_sources: string;
  /** JSON: SourceCount[]. */
  top_fingerprints: string;
  assignee: string | null;
  public_update: string | null;
  opened_at: number | string;
  updated_at: number | string;
  resolved_at: number | string | null;
  closed_at: number | string | null;
  /** JSON: IncidentFigures. */
  figures: string;
  /** Last timeline entry's sequence number and time, so appends number and clamp atomically. */
  timeline_seq: number;
  timeline_at: number | string;
}

export interface IncidentTimelineTable {
  incident_id: string;
  seq: number;
  at: number | string;
  kind: string;
  author: string;
  text: string;
  /** JSON object, or null. */
  data: string | null;
  public: number;
}

export interface IncidentLinksTable {
  incident_id: string;
  /** 'detection' or 'decision'. */
  kind: string;
  ref_id: string;
  /** Place in the incident's detectionIds or decisionIds. */
  position: number;
  linked_at: number | string;
  /** JSON: the decision as last seen, so reports show it after it expired; null for detections. */
  detail: string | null;
}

export interface IncidentCountersTable {
  year: number;
  last: number;
}

export interface IncidentTables {
  incidents: IncidentsTable;
  incident_timeline: IncidentTimelineTable;
  incident_links: IncidentLinksTable;
  incident_counters: IncidentCountersTable;
}
