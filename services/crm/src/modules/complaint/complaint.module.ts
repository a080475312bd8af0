import type { FeatureModule } from '@careline/service-kit';
import { RemedyResolver } from './remedy.resolver.js';
import { Complaint, ComplaintStep, ComplaintTimeLimit, OpinionReportRecord, Remedy } from './complaint.entity.js';
import { scheduleComplaintTimeLimits } from './complaint.deadlines.js';
import { ComplaintResolver } from './complaint.resolver.js';
import { scheduleOpinionReport } from './opinion-report.js';

/** 投诉与建议: complaints, their steps and remedies, their time limits and the job that escalates them, and the weekly opinion report. */
export const complaintModule: FeatureModule = {
  name: 'complaint',
  entities: [Complaint, ComplaintStep, Remedy, OpinionReportRecord, ComplaintTimeLimit],
  resolvers: [ComplaintResolver, RemedyResolver],
  subscribe: async (scope) => {
    await scheduleOpinionReport(scope);
    await scheduleComplaintTimeLimits(scope);
  },
};
