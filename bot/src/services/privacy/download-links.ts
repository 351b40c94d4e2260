import type { DataSubject } from './personal-data';

/** Creates and checks short-lived links that let one person download their own data. */
export interface DownloadLinks {
  /** A URL that serves the subject's data export until it expires. */
  exportLink(subject: DataSubject): Promise<string>;
  /** The subject a link was made for, or undefined when it is forged, altered or expired. */
  subjectOf(token: string): Promise<DataSubject | undefined>;
}
