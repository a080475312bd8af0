import type { FeatureModule } from '@careline/service-kit';
import { Complaint, ComplaintStep, OpinionReportRecord, Remedy } from './complaint.entity.js';
import { ComplaintResolver } from './complaint.resolver.js';
import { scheduleOpinionReport } from './opinion-report.js';

/** 投诉与建议: complaints, their steps and remedies, and the weekly opinion report. */
export const complaintModule: FeatureModule = {
  name: 'complaint',
  entities: [Complaint, ComplaintStep, Remedy, OpinionReportRecord],
  resolvers: [ComplaintResolver],
  subscribe: scheduleOpinionReport,
};
