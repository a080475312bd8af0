import type { SessionStore } from '@careline/frontend-shared';
import { useEffect, useRef } from 'react';

/** how long to wait before opening the stream again after it ended or failed */
const RECONNECT_MS = 5000;

/** What the stream says: the reader's unread count and their newest notification's id. */
export interface UnreadState {
  unread: number;
  latest: string | null;
}

/** The `unread` events in a chunk of server-sent events text; returns them and the unfinished rest. */
export function readUnreadEvents(text: string): { states: UnreadState[]; rest: string } {
  const blocks = text.split('\n\n');
  const rest = blocks.pop() ?? '';
  const states: UnreadState[] = [];
  for (const block of blocks) {
    const lines = block.split('\n');
    if (!lines.includes('event: unread')) continue;
    const data = lines.find((line) => line.startsWith('data: '));
    const parsed = data ? (JSON.parse(data.slice('data: '.length)) as { unread?: unknown; latest?: unknown }) : {};
    if (typeof parsed.unread === 'number')
      states.push({ unread: parsed.unread, latest: typeof parsed.latest === 'string' ? parsed.latest : null });
  }
  return { states, rest };
}

/**
 * Listens to the gateway's `/notifications/stream` (docs/notifications.md) and calls `onUnread` with the
 * reader's unread count and newest notification whenever either changes. fetch rather than EventSource, which cannot send the
 * session's Authorization header; opened again after a pause when it ends or fails.
 */
export function useNotificationStream(streamUrl: string, session: SessionStore, onUnread: (state: UnreadState) => void): void {
  const callback = useRef(onUnread);
  callback.current = onUnread;
  useEffect(() => {
    const stop = new AbortController();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const open = async () => {
      try {
        const token = await session.accessToken();
        if (!token) return;
        const response = await fetch(streamUrl, { headers: { authorization: `Bearer ${token}` }, signal: stop.signal });
        if (!response.ok || !response.body) throw new Error(`stream answered ${response.status}`);
        const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
        let text = '';
        for (;;) {
          const { value, done } = await reader.read();
          if (done) break;
          const { states, rest } = readUnreadEvents(text + value);
          text = rest;
          for (const state of states) callback.current(state);
        }
      } catch {
        // the gateway restarted or the network dropped: try again below
      }
      if (!stop.signal.aborted) timer = setTimeout(() => void open(), RECONNECT_MS);
    };
    void open();
    return () => {
      stop.abort();
      clearTimeout(timer);
    };
  }, [streamUrl, session]);
}
