export {
  type ComplaintDraft,
  type ComplaintDraftOptions,
  type ComplaintHistoryEntry,
  toComplaintDraft,
} from './complaint-draft.js';
export {
  ASPIRATION_KIND_TO_REPORT,
  type AspirationToReportOptions,
  aspirationToReport,
} from './care-report.js';
