/** @module Scenario runs: the plan of each run (which step became which delivery, what chaos dropped). */
import type Database from 'better-sqlite3';
import type { ScenarioStepPlan } from '../scenarios/plan-scenario.ts';

export interface ScenarioRunRecord {
  batchId: string;
  name: string;
  provider: string;
  seed: number;
  steps: ScenarioStepPlan[];
  createdAt: string;
}

export interface ScenarioRunRepository {
  insert(run: ScenarioRunRecord): void;
  get(batchId: string): ScenarioRunRecord | undefined;
}

interface Row {
  batch_id: string;
  name: string;
  provider: string;
  seed: number;
  steps_json: string;
  created_at: string;
}

export function createScenarioRunRepository(db: Database.Database): ScenarioRunRepository {
  const insert = db.prepare('INSERT INTO scenario_runs (batch_id, name, provider, seed, steps_json, created_at) VALUES (?, ?, ?, ?, ?, ?)');
  const select = db.prepare<[string], Row>('SELECT * FROM scenario_runs WHERE batch_id = ?');
  return {
    insert: (run) => void insert.run(run.batchId, run.name, run.provider, run.seed, JSON.stringify(run.steps), run.createdAt),
    get(batchId) {
      const row = select.get(batchId);
      return row
        ? { batchId: row.batch_id, name: row.name, provider: row.provider, seed: row.seed, steps: JSON.parse(row.steps_json), createdAt: row.created_at }
        : undefined;
    },
  };
}
