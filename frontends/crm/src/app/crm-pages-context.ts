import { createContext } from 'react';
import { crmPages, type CrmPage } from './crm-page.js';

/** The pages the signed-in role may open, so a screen links only to pages that will open. */
export const CrmPagesContext = createContext<readonly CrmPage[]>(crmPages);
