import { createContext } from 'react';

/** Where the remote is mounted (`/members` in the shell), so any screen can link to any other. */
export const MembersBaseContext = createContext('/members');
