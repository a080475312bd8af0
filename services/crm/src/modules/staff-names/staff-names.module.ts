import { Authorized, FieldResolver, Resolver, Root } from 'type-graphql';
import { STAFF_ROLES, staffFieldsResolver, type FeatureModule } from '@careline/service-kit';
import { Staff } from '../../common/staff.stub.js';
import { Appointment, DutyRoster } from '../appointment/appointment.entity.js';
import { DoctorSchedule } from '../appointment/doctor-schedule.entity.js';
import { Complaint, ComplaintStep, ComplaintTimeLimit, Remedy } from '../complaint/complaint.entity.js';
import { Consultation } from '../consultation/consultation.entity.js';
import { CustomerClassChange, CustomerImport, CustomerMerge } from '../customer/customer-history.entity.js';
import { Customer } from '../customer/customer.entity.js';
import { FollowUpTask } from '../follow-up/follow-up.entity.js';
import { KeyAccountMeeting, KeyAccountRiskAssessment, KeyAccountScore } from '../key-account/key-account.entity.js';
import { MessageSend } from '../message/message.entity.js';
import { PersonalDataRequest } from '../personal-data/personal-data-request.entity.js';
import { Visit } from '../visit/visit.entity.js';

/** The roster's consultants by name, in rotation order: the guide picks one at the desk. */
@Resolver(() => DutyRoster)
class DutyRosterStaff {
  @Authorized(...STAFF_ROLES)
  @FieldResolver(() => [Staff], { description: 'the consultants of `consultantIds`, in rotation order (resolved by identity)' })
  consultants(@Root() roster: DutyRoster): { id: string }[] {
    return roster.consultantIds.map((id) => ({ id }));
  }
}

/**
 * 员工姓名: every staff id crm answers has a `Staff` next to it (`registeredBy` → `registeredByStaff`,
 * `onsiteConsultantId` → `onsiteConsultant`), which the gateway resolves in identity, so the portal
 * names people whatever the caller's role (docs/staff-names.md).
 */
export const staffNamesModule: FeatureModule = {
  name: 'staff-names',
  orphanedTypes: [Staff],
  resolvers: [
    DutyRosterStaff,
    staffFieldsResolver(Customer, Staff, { consultant: 'consultantId', createdByStaff: 'createdBy' }),
    staffFieldsResolver(CustomerClassChange, Staff, { changedByStaff: 'changedBy' }),
    staffFieldsResolver(CustomerImport, Staff, { createdByStaff: 'createdBy' }),
    staffFieldsResolver(CustomerMerge, Staff, { mergedByStaff: 'mergedBy' }),
    staffFieldsResolver(Consultation, Staff, { consultant: 'consultantId', createdByStaff: 'createdBy' }),
    staffFieldsResolver(Appointment, Staff, { doctor: 'doctorId', onsiteConsultant: 'onsiteConsultantId', bookedByStaff: 'bookedBy' }),
    staffFieldsResolver(DoctorSchedule, Staff, { doctor: 'doctorId', updatedByStaff: 'updatedBy' }),
    staffFieldsResolver(Visit, Staff, {
      doctor: 'doctorId',
      onsiteConsultant: 'onsiteConsultantId',
      registeredByStaff: 'registeredBy',
      dealRecordedByStaff: 'dealRecordedBy',
    }),
    staffFieldsResolver(FollowUpTask, Staff, { assignee: 'assigneeId', completedByStaff: 'completedBy', createdByStaff: 'createdBy' }),
    staffFieldsResolver(Complaint, Staff, {
      staffConcerned: 'staffId',
      responsibleStaff: 'responsibleStaffId',
      receivedByStaff: 'receivedBy',
      proposedByStaff: 'proposedBy',
      directorApprovedByStaff: 'directorApprovedBy',
      financeConfirmedByStaff: 'financeConfirmedBy',
    }),
    staffFieldsResolver(ComplaintStep, Staff, { actor: 'actorId' }),
    staffFieldsResolver(ComplaintTimeLimit, Staff, { updatedByStaff: 'updatedBy' }),
    staffFieldsResolver(Remedy, Staff, {
      proposedByStaff: 'proposedBy',
      approvedByStaff: 'approvedBy',
      financeApprovedByStaff: 'financeApprovedBy',
      recordCheckedByStaff: 'recordCheckedBy',
    }),
    staffFieldsResolver(KeyAccountScore, Staff, { scoredByStaff: 'scoredBy' }),
    staffFieldsResolver(KeyAccountRiskAssessment, Staff, { assessedByStaff: 'assessedBy' }),
    staffFieldsResolver(KeyAccountMeeting, Staff, { recordedByStaff: 'recordedBy' }),
    staffFieldsResolver(MessageSend, Staff, { createdByStaff: 'createdBy' }),
    staffFieldsResolver(PersonalDataRequest, Staff, { proposedByStaff: 'proposedBy', decidedByStaff: 'decidedBy' }),
  ],
};
