export { gatewayHeaders, testCallers, testSigningKeys } from '@careline/service-kit/testing';
export { generateSigningKeys as generateSigningKeysForTest } from '@careline/service-kit';
