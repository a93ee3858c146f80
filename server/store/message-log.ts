/** @module The message log: every announcement, stored with its seq so clients can resume. */
import type Database from 'better-sqlite3';
import { rememberEncoding, type Message, type MessageData, type MessageOf, type MessageType } from '../messages.ts';

export interface MessageLog {
  /** Stores one message; call inside the transaction that made the change it announces. */
  append<T extends MessageType>(type: T, data: MessageData[T]): MessageOf<T>;
  /** Messages after `seq`, oldest first, at most `limit`. */
  since(seq: number, limit?: number): Message[];
  lastSeq(): number;
  oldestSeq(): number;
}

/** How many messages are kept for `?since=` resumes; older ones are pruned as new ones arrive. */
export const defaultRetention = 200_000;

export function createMessageLog(db: Database.Database, retention = defaultRetention): MessageLog {
  const insert = db.prepare<[string, string, string]>('INSERT INTO messages (type, data_json, at) VALUES (?, ?, ?)');
  const select = db.prepare<[number, number], { seq: number; type: MessageType; data_json: string }>(
    'SELECT seq, type, data_json FROM messages WHERE seq > ? ORDER BY seq LIMIT ?',
  );
  const last = db.prepare<[], { seq: number | null }>('SELECT MAX(seq) AS seq FROM messages');
  const oldest = db.prepare<[], { seq: number | null }>('SELECT MIN(seq) AS seq FROM messages');
  const prune = db.prepare<[number]>('DELETE FROM messages WHERE seq <= ?');

  return {
    append(type, data) {
      const json = JSON.stringify(data);
      const seq = Number(insert.run(type, json, new Date().toISOString()).lastInsertRowid);
      // Pruning in steps keeps the log bounded without a DELETE on every write.
      if (seq % 1000 === 0 && seq > retention) prune.run(seq - retention);
      const message = { seq, type, data } as MessageOf<typeof type>;
      rememberEncoding(message, json);
      return message;
    },
    since(seq, limit = 1_000_000) {
      return select.all(seq, limit).map((r) => {
        const message = { seq: r.seq, type: r.type, data: JSON.parse(r.data_json) } as Message;
        rememberEncoding(message, r.data_json);
        return message;
      });
    },
    lastSeq: () => last.get()?.seq ?? 0,
    oldestSeq: () => oldest.get()?.seq ?? 0,
  };
}
