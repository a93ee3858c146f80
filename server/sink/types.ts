/** @module An inbound request recorded by the built-in sink. */
import type { VerifyResult } from '../providers/types.ts';

export interface SinkRequest {
  id: string;
  /** The sink's name: `/sink/<name>/…`. */
  name: string;
  method: string;
  /** Path and query as received, e.g. `/sink/default/hook?fail=2`. */
  url: string;
  headers: Record<string, string>;
  body: string;
  bodyEncoding: 'utf8' | 'base64';
  bodyBytes: number;
  receivedAt: string;
  /** The provider the sink recognised, if any. */
  provider?: string;
  verification?: VerifyResult;
  responseStatus: number;
}

export type SinkRequestSummary = Omit<SinkRequest, 'body' | 'headers'>;
