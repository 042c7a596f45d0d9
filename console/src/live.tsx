// The live event stream (/api/v1/events) shared by every page: one EventSource, subscribers per event
// type, and the connection state shown in the header. It reconnects after the control plane restarts.
import {
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
} from 'react';

export type StreamState = 'connecting' | 'live' | 'reconnecting';
export type LiveEventType = 'traffic' | 'detection' | 'decision' | 'incident';
type Listener = (data: unknown) => void;

interface LiveStream {
  state: StreamState;
  subscribe(type: LiveEventType, listener: Listener): () => void;
}

const LiveContext = createContext<LiveStream | null>(null);
const EVENT_TYPES: LiveEventType[] = ['traffic', 'detection', 'decision', 'incident'];
/** After the browser gives up on the stream (an error status instead of a dropped socket), retry at this pace. */
const RETRY_MS = 3000;

export function LiveProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<StreamState>('connecting');
  const listeners = useRef(new Map<LiveEventType, Set<Listener>>());

  useEffect(() => {
    let source: EventSource | null = null;
    let retry: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;
    const dispatch = (type: LiveEventType) => (event: MessageEvent) => {
      let data: unknown;
      try {
        data = JSON.parse(event.data);
      } catch {
        return;
      }
      for (const listener of listeners.current.get(type) ?? []) listener(data);
    };
    const open = () => {
      source = new EventSource('/api/v1/events', { withCredentials: true });
      source.onopen = () => setState('live');
      source.onerror = () => {
        setState('reconnecting');
        // A dropped socket is retried by the browser; a refused answer closes the source for good.
        if (source?.readyState === EventSource.CLOSED && !stopped) {
          source = null;
          retry = setTimeout(open, RETRY_MS);
        }
      };
      for (const type of EVENT_TYPES) source.addEventListener(type, dispatch(type));
    };
    open();
    return () => {
      stopped = true;
      clearTimeout(retry);
      source?.close();
    };
  }, []);

  const subscribe = useCallback((type: LiveEventType, listener: Listener) => {
    const set = listeners.current.get(type) ?? new Set<Listener>();
    listeners.current.set(type, set);
    set.add(listener);
    return () => {
      set.delete(listener);
    };
  }, []);
  const value = useMemo<LiveStream>(() => ({ state, subscribe }), [state, subscribe]);
  return <LiveContext.Provider value={value}>{children}</LiveContext.Provider>;
}

export function useLive(): LiveStream {
  const live = useContext(LiveContext);
  if (!live) throw new Error('useLive needs a LiveProvider');
  return live;
}

/** Calls `listener` for each event of `type` while the component is mounted. */
export function useLiveEvent<T>(type: LiveEventType, listener: (data: T) => void): void {
  const { subscribe } = useLive();
  const latest = useRef(listener);
  latest.current = listener;
  useEffect(() => subscribe(type, (data) => latest.current(data as T)), [subscribe, type]);
}
