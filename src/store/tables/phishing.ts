// Tables of the store: the phishing desk's reports, notes, campaigns, campaign keys and IMAP checkpoints.

export interface PhishingReportsTable {
  /** rep_ and 16 hex digits. */
  id: string;
  received_at: number | string;
  /** smtp, imap or upload. */
  source: string;
  /** The reporter's address (or, for an upload, the signed-in user's name). */
  reporter: string;
  /** Subject and From address of the reported message, for the queue. */
  subject: string;
  sender: string;
  /** The reported message's Date header, ms; null when missing or unreadable. */
  delivered_at: number | string | null;
  /** The message as received, base64, sealed (sealed.ts). */
  raw: string;
  size: number;
  sha256: string;
  /** received, analysed or failed. */
  status: string;
  /** phishing, suspicious, spam or clean; null until analysed. */
  verdict: string | null;
  score: number | null;
  /** JSON: Analysis. */
  analysis: string | null;
  error: string | null;
  /** Similarity hash of the reported message's text, 16 hex digits. */
  body_hash: string | null;
  campaign_id: string | null;
  assignee: string | null;
  /** confirmed or overturned:<verdict>, by a responder. */
  review: string | null;
  reviewed_by: string | null;
  reviewed_at: number | string | null;
  /** When the reporter's answer was accepted by the mail server. */
  feedback_at: number | string | null;
}

export interface PhishingNotesTable {
  id: string;
  report_id: string;
  at: number | string;
  author: string;
  text: string;
}

export interface PhishingCampaignsTable {
  id: string;
  opened_at: number | string;
  updated_at: number | string;
  reports: number;
  /** The worst verdict among its reports. */
  verdict: string;
  /** confirmed or overturned:<verdict>: remembered for later reports of the campaign. */
  review: string | null;
  incident_id: string | null;
  published_at: number | string | null;
  tlp: string | null;
}

export interface PhishingCampaignKeysTable {
  /** sender-domain:…, link-domain:…, sha256:… or body:<similarity hash>. */
  key: string;
  campaign_id: string;
}

export interface PhishingMailboxesTable {
  /** user@host/mailbox. */
  name: string;
  uid_validity: string;
  /** Highest UID stored as a report. */
  last_uid: number | string;
}

export interface PhishingTables {
  phishing_reports: PhishingReportsTable;
  phishing_notes: PhishingNotesTable;
  phishing_campaigns: PhishingCampaignsTable;
  phishing_campaign_keys: PhishingCampaignKeysTable;
  phishing_mailboxes: PhishingMailboxesTable;
}
