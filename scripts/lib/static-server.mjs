// The static server lives in the portal package (deploy/portal), which also ships it as the portal's
// production server (`pnpm bundle`); `pnpm start` and the tests use the same code from here.
export * from '@careline/portal/static-server';
