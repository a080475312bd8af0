/**
 * sessionStorage key of the current sign-in. sessionStorage, not localStorage: the tokens live as long
 * as the tab (a shared front-desk computer forgets them when the browser closes) and are not handed
 * to every other tab, which would spend one refresh token twice and end the session (reuse detection).
 */
export const sessionStorageKey = 'careline.session';
