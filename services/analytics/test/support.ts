export { auditProbe, partner, staff } from '@careline/service-kit/testing';
