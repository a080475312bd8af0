import { createContext } from 'react';

/** Where the remote is mounted (`/crm` in the shell), so any screen can link to any other. */
export const CrmBaseContext = createContext('/crm');
