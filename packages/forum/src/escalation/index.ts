export {
  type ComplaintDraft,
  type ComplaintDraftOptions,
  type ComplaintHistoryEntry,
  toComplaintDraft,
} from './complaint-draft.js';
