/** @module The inspector's one WebSocket to /ws: hello, messages in seq order, reconnects resuming with ?since. */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Message } from '../../../server/messages.ts';
import type { HelloData } from '../../../server/ws/attach-websocket.ts';

/** `offline` after a few failed reconnections in a row: hookbench is probably not running. */
export type ConnectionState = 'connecting' | 'live' | 'reconnecting' | 'offline';

type Hello = { seq: number; type: 'hello'; data: HelloData };

export interface WsControllerOptions {
  /** Every message after hello, in seq order, each once (a resumed backlog included). */
  onMessage(message: Message): void;
  /**
   * Each connection's hello. `resumed` is true when the server replays what was missed since the
   * last seq seen; otherwise (first connection, or `gap`) the host must reload its lists.
   */
  onHello?(hello: HelloData, resumed: boolean): void;
  /** The socket's address for a resume point; same origin `/ws` by default. */
  url?(since: number | undefined): string;
  /** The longest wait between reconnection attempts. */
  maxDelayMs?: number;
}

/**
 * Connects when its host joins the page, closes when it leaves, and reconnects after any other
 * close with `?since=<last seq>` so nothing said meanwhile is lost.
 * @example private ws = new WsController(this, { onMessage: (m) => this.apply(m), onHello: (h, resumed) => resumed || this.reload() })
 */
export class WsController implements ReactiveController {
  state: ConnectionState = 'connecting';
  /** The seq of the last message received, where a reconnection resumes. */
  lastSeq: number | undefined;

  private readonly host: ReactiveControllerHost;
  private readonly options: WsControllerOptions;
  private socket: WebSocket | undefined;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private failures = 0;

  constructor(host: ReactiveControllerHost, options: WsControllerOptions) {
    this.host = host;
    this.options = options;
    host.addController(this);
  }

  hostConnected(): void {
    this.open();
  }

  hostDisconnected(): void {
    clearTimeout(this.retryTimer);
    const socket = this.socket;
    this.socket = undefined;
    socket?.close(1000, 'inspector closed');
  }

  private open(): void {
    const url = this.options.url?.(this.lastSeq) ?? defaultUrl(this.lastSeq);
    const socket = new WebSocket(url);
    this.socket = socket;
    socket.addEventListener('message', (event) => {
      if (this.socket === socket) this.receive(event.data);
    });
    // 'error' is always followed by 'close'; reconnecting from there covers both.
    socket.addEventListener('close', () => {
      if (this.socket !== socket) return;
      this.socket = undefined;
      this.failures += 1;
      this.setState(this.failures >= 3 ? 'offline' : 'reconnecting');
      const delay = Math.min(250 * 2 ** (this.failures - 1), this.options.maxDelayMs ?? 5000);
      this.retryTimer = setTimeout(() => this.open(), delay);
    });
  }

  private receive(raw: unknown): void {
    const parsed = parse(raw);
    if (Array.isArray(parsed)) parsed.forEach((message) => this.take(message));
    else if (parsed) this.take(parsed);
  }

  private take(message: Message | Hello): void {
    if (message.type === 'hello') {
      this.failures = 0;
      this.lastSeq = message.seq;
      this.setState('live');
      this.options.onHello?.(message.data, message.data.since !== undefined && !message.data.gap);
      return;
    }
    if (this.lastSeq !== undefined && message.seq <= this.lastSeq) return;
    this.lastSeq = message.seq;
    this.options.onMessage(message);
  }

  private setState(state: ConnectionState): void {
    if (this.state === state) return;
    this.state = state;
    this.host.requestUpdate();
  }
}

/**
 * Messages gathered for up to this long travel in one frame: the feeds batch them for 40 ms or more
 * before drawing anyway, and each frame costs the page a task of its own (server/ws/batched-frames.ts).
 */
const batchMs = 30;

function defaultUrl(since: number | undefined): string {
  const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
  return `${scheme}://${location.host}/ws?batch=${batchMs}${since === undefined ? '' : `&since=${since}`}`;
}

const isMessage = (value: unknown): value is Message | Hello => typeof value === 'object' && value !== null && 'seq' in value && 'type' in value && 'data' in value;

/** One message, or a batched frame's messages in seq order; undefined for anything else. */
function parse(raw: unknown): Message | Hello | (Message | Hello)[] | undefined {
  if (typeof raw !== 'string') return undefined;
  try {
    const value: unknown = JSON.parse(raw);
    if (Array.isArray(value)) return value.filter(isMessage);
    return isMessage(value) ? value : undefined;
  } catch {
    return undefined;
  }
}
