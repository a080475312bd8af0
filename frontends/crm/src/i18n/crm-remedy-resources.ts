// 补救核实: a complaint-linked remedy's three steps (docs/domain.md §3), each on the remedies page.

export const crmRemedyZh = {
  remedies: {
    intro: {
      DIRECTOR:
        '投诉相关的会员补救（补积分、补办会员、取消错发礼品）须依次经院长批准、财务批准、会员中心核对会员记录后才执行。以下为待院长批准的补救。',
      FINANCE: '以下补救已经院长批准，待财务批准；批准后交会员中心核对会员记录。',
      MEMBER_CENTRE: '以下补救已经院长和财务批准，请核对会员记录；核对完成后补救即在会员系统执行一次。',
    },
    anyKind: '全部类型',
    kind: '补救类型',
    kinds: { CREDIT_POINTS: '补积分', RETRO_ENROL: '补办会员', CANCEL_GIFT: '取消错发礼品' },
    detail: '内容',
    points: '{{points}} 积分',
    receipts: '小票：{{receipts}}',
    joinedAt: '入会日期：{{date}}',
    cancelGift: '取消该次礼品兑换',
    complaint: '投诉内容',
    complaintHidden: '（无权查看）',
    category: '投诉类别',
    proposed: '提出',
    approvals: '已批准',
    directorApproved: '院长 {{name}} · {{time}}',
    financeApproved: '财务 {{name}} · {{time}}',
    none: '—',
    action: {
      DIRECTOR: '批准',
      FINANCE: '财务批准',
      MEMBER_CENTRE: '核对无误，执行',
    },
    confirm: {
      DIRECTOR: '批准这项补救？批准后交财务审批。',
      FINANCE: '批准这项补救？批准后交会员中心核对会员记录。',
      MEMBER_CENTRE: '会员记录已核对无误？确认后补救将在会员系统执行。',
    },
    ok: '确定',
    cancel: '取消',
    ownProposal: '本人提出，须由他人审批',
    done: '已完成该步骤',
    empty: '暂无待处理的补救',
    emptyKind: '该类型下没有待处理的补救',
    errorTitle: '无法加载待处理的补救',
  },
};

export const crmRemedyEn = {
  remedies: {
    intro: {
      DIRECTOR:
        'A complaint-linked membership remedy (credit points, retroactive enrolment, cancel a wrongly issued gift) applies only after the director’s approval, finance’s approval and the member centre’s check of the member record, in that order. These wait for the director.',
      FINANCE: 'The director approved these remedies; they wait for finance. Once approved, the member centre checks the member record.',
      MEMBER_CENTRE:
        'The director and finance approved these remedies: check the member record. Once checked, the remedy is carried out in members, once.',
    },
    anyKind: 'All kinds',
    kind: 'Remedy',
    kinds: { CREDIT_POINTS: 'Credit points', RETRO_ENROL: 'Retroactive enrolment', CANCEL_GIFT: 'Cancel a gift' },
    detail: 'Details',
    points: '{{points}} points',
    receipts: 'Receipts: {{receipts}}',
    joinedAt: 'Member since: {{date}}',
    cancelGift: 'Cancel the gift redemption',
    complaint: 'Complaint',
    complaintHidden: '(not visible to you)',
    category: 'Category',
    proposed: 'Proposed',
    approvals: 'Approved',
    directorApproved: 'Director {{name}} · {{time}}',
    financeApproved: 'Finance {{name}} · {{time}}',
    none: '—',
    action: {
      DIRECTOR: 'Approve',
      FINANCE: 'Approve for finance',
      MEMBER_CENTRE: 'Record checked: apply',
    },
    confirm: {
      DIRECTOR: 'Approve this remedy? Finance approves next.',
      FINANCE: 'Approve this remedy? The member centre checks the member record next.',
      MEMBER_CENTRE: 'Is the member record checked? The remedy is then carried out in members.',
    },
    ok: 'OK',
    cancel: 'Cancel',
    ownProposal: 'Proposed by you: someone else approves it',
    done: 'Step taken',
    empty: 'No remedy waits for you',
    emptyKind: 'No remedy of this kind waits for you',
    errorTitle: 'Could not load the remedies waiting',
  },
};
