// Types for test/count-reporter.test.ts, which runs the reporter's counting
// in the browser on sessions shaped like @web/test-runner's.
import type {Reporter, TestSession} from '@web/test-runner';

export interface Totals {
  passed: number;
  failed: number;
  skipped: number;
}

export function countSessions(sessions: Partial<TestSession>[]): Totals;
export function summaryLine(totals: Totals): string;
export function summaryLines(sessions: Partial<TestSession>[]): string[];
export function countReporter(): Reporter;
