// A responder's edit of an incident by hand: what may be changed, why a change is refused, and the
// timeline notes an accepted edit writes.

import type { Incident, IncidentStatus, Severity } from './incident.js';
import type { Note } from './ledger.js';

/** What a responder may change by hand. */
export interface IncidentEdit {
  status?: IncidentStatus;
  severity?: Severity;
  assignee?: string | null;
  title?: string;
  publicUpdate?: string | null;
}

/** A refused edit: unknown incident (404) or a change the lifecycle does not allow (409). */
export class IncidentRefusal extends Error {
  constructor(
    readonly reason: 'not_found' | 'conflict',
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
}

/**
 * Applies an edit's fields other than status to the incident; returns a note for each field it changed
 * (none when the edit changes nothing).
 */
export function applyEdit(incident: Incident, edit: IncidentEdit, author: string): Note[] {
  const notes: Note[] = [];
  if (edit.title !== undefined && edit.title !== incident.title) {
    incident.title = edit.title;
    notes.push({ kind: 'title', author, text: `Title set to "${edit.title}".`, data: { title: edit.title } });
  }
  if (edit.assignee !== undefined && edit.assignee !== incident.assignee) {
    incident.assignee = edit.assignee;
    const text = edit.assignee === null ? 'Unassigned.' : `Assigned to ${edit.assignee}.`;
    notes.push({ kind: 'assignee', author, text, data: { assignee: edit.assignee } });
  }
  if (edit.publicUpdate !== undefined && edit.publicUpdate !== incident.publicUpdate) {
    incident.publicUpdate = edit.publicUpdate;
    const text = edit.publicUpdate ?? 'Public update withdrawn: the status page shows the default line.';
    notes.push({ kind: 'public-update', author, text, public: edit.publicUpdate !== null });
  }
  const severity = edit.severity;
  if (severity !== undefined && (severity !== incident.severity || !incident.severityLocked)) {
    const text =
      severity === incident.severity
        ? `Severity kept at ${severity}, now set by hand.`
        : `Severity ${incident.severity} → ${severity}, set by hand.`;
    notes.push({ kind: 'severity', author, text, data: { from: incident.severity, to: severity } });
    incident.severity = severity;
    incident.severityLocked = true;
  }
  return notes;
}
