import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';

const READER = path.join(__dirname, 'read-pdf.mjs');

/** The text of each page of a PDF file, read by pdf.js (Mozilla's PDF reader) in a child process. */
export async function pdfPages(file: string): Promise<string[]> {
  const { stdout } = await promisify(execFile)(process.execPath, [READER, file], { maxBuffer: 16 * 1024 * 1024 });
  return (JSON.parse(stdout) as { pages: string[] }).pages;
}
