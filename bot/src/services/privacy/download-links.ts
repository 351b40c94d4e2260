import type { DataSubject } from './personal-data';

/** Creates and checks short-lived links that let one person download their own data. */
export interface DownloadLinks {
  /** A URL that serves the subject's data export until it expires. */
  exportLink(subject: DataSubject): Promise<string>;
  /** The subject a link was made for, or undefined when it is forged, altered or expired. */
  subjectOf(token: string): Promise<DataSubject | undefined>;
  /** A URL that serves a programme's matching proposal as CSV to the admin it was made for. */
  proposalLink(admin: DataSubject, programmeId: string): Promise<string>;
  /** The admin and programme of a proposal link, if it is genuine and current. */
  proposalOf(token: string): Promise<{ admin: DataSubject; programmeId: string } | undefined>;
  /** A URL that serves a broadcast's per-recipient delivery report as CSV to the admin it was made for. */
  broadcastLink(admin: DataSubject, broadcastId: string): Promise<string>;
  /** The admin and broadcast of a delivery-report link, if it is genuine and current. */
  broadcastOf(token: string): Promise<{ admin: DataSubject; broadcastId: string } | undefined>;
  /** A URL that serves one view of a programme's dashboard as CSV, in a language, to the admin it was made for. */
  dashboardLink(admin: DataSubject, export_: DashboardExport): Promise<string>;
  /** The admin and export a dashboard link names, if it is genuine and current. */
  dashboardOf(token: string): Promise<{ admin: DataSubject; export_: DashboardExport } | undefined>;
  /** A URL that serves a meeting as an .ics file, valid until `until` (the meeting's end): it sits on a card for weeks. */
  calendarLink(meeting: CalendarRef, until: Date): Promise<string>;
  /** The meeting a calendar link names, if it is genuine and current. */
  calendarOf(token: string): Promise<CalendarRef | undefined>;
}

/** What a calendar link names: the meeting and the language of the entry's words. */
export interface CalendarRef {
  tenantId: string;
  programmeId: string;
  pairId: string;
  meetingId: string;
  language: 'en' | 'de';
}

/** The dashboard's views, each downloadable as CSV. */
export const DASHBOARD_VIEWS = ['overview', 'pairs', 'topics', 'feedback', 'news'] as const;
export type DashboardView = (typeof DASHBOARD_VIEWS)[number];

/** What a dashboard download link names: the programme, the view and the language of headers and numbers. */
export interface DashboardExport {
  programmeId: string;
  view: DashboardView;
  language: 'en' | 'de';
}
