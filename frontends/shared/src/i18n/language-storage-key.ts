/** localStorage key of the chosen UI language; shared by the shell and every remote on one origin. */
export const languageStorageKey = 'careline.language';
