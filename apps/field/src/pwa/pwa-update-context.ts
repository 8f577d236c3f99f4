import { createContext, useContext } from 'react';

export interface PwaUpdate {
  /** A new service worker is installed and waiting. */
  needRefresh: boolean;
  /** Activates the waiting worker; the page reloads when it takes control. */
  update(): void;
}

export const PwaUpdateContext = createContext<PwaUpdate>({ needRefresh: false, update: () => undefined });

export function usePwaUpdate(): PwaUpdate {
  return useContext(PwaUpdateContext);
}
