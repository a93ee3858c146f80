/** @module Suite runs started through the API: running, then their result, kept across restarts. */
import type Database from 'better-sqlite3';
import type { SuiteRunResult } from '../suites/run-suites.ts';

export interface SuiteRunRecord {
  runId: string;
  status: 'running' | 'finished' | 'failed-to-run' | 'interrupted';
  suites: string[];
  result?: SuiteRunResult;
  error?: { code: string; message: string };
  createdAt: string;
  updatedAt: string;
}

export interface SuiteRunRepository {
  start(run: { runId: string; suites: string[] }): SuiteRunRecord;
  finish(runId: string, result: SuiteRunResult): void;
  fail(runId: string, error: { code: string; message: string }): void;
  get(runId: string): SuiteRunRecord | undefined;
  /** Runs a previous process left running: they cannot finish now. */
  markInterrupted(): number;
}

interface Row {
  run_id: string;
  status: SuiteRunRecord['status'];
  suite_names_json: string;
  result_json: string | null;
  error_json: string | null;
  created_at: string;
  updated_at: string;
}

export function createSuiteRunRepository(db: Database.Database): SuiteRunRepository {
  const insert = db.prepare(`INSERT INTO suite_runs (run_id, status, suite_names_json, created_at, updated_at) VALUES (?, 'running', ?, ?, ?)`);
  const finish = db.prepare(`UPDATE suite_runs SET status = 'finished', result_json = ?, updated_at = ? WHERE run_id = ?`);
  const fail = db.prepare(`UPDATE suite_runs SET status = 'failed-to-run', error_json = ?, updated_at = ? WHERE run_id = ?`);
  const select = db.prepare<[string], Row>('SELECT * FROM suite_runs WHERE run_id = ?');
  const interrupt = db.prepare(`UPDATE suite_runs SET status = 'interrupted', updated_at = ? WHERE status = 'running'`);
  const now = () => new Date().toISOString();
  return {
    start({ runId, suites }) {
      const at = now();
      insert.run(runId, JSON.stringify(suites), at, at);
      return { runId, status: 'running', suites, createdAt: at, updatedAt: at };
    },
    finish: (runId, result) => void finish.run(JSON.stringify(result), now(), runId),
    fail: (runId, error) => void fail.run(JSON.stringify(error), now(), runId),
    get(runId) {
      const row = select.get(runId);
      if (!row) return undefined;
      return {
        runId: row.run_id,
        status: row.status,
        suites: JSON.parse(row.suite_names_json),
        ...(row.result_json ? { result: JSON.parse(row.result_json) } : {}),
        ...(row.error_json ? { error: JSON.parse(row.error_json) } : {}),
        createdAt: row.created_at,
        updatedAt: row.updated_at,
      };
    },
    markInterrupted: () => interrupt.run(now()).changes,
  };
}
