/**
 * `@opengov-id/care`: complaint handling for regional governments (NTB Care, SP4N-LAPOR!):
 * report models, the lifecycle state machine, SLA deadlines on the WITA working-day calendar,
 * privacy-safe public serializers, the IKM/SKM satisfaction index, SMS and social-media intake,
 * a typed client for our API, and an Open311 GeoReport v2 client.
 *
 * @packageDocumentation
 */

export {
  ASSIGNEE_KIND_LABELS,
  ASSIGNEE_KINDS,
  type AssigneeKind,
  CHANNEL_LABELS,
  type ChannelCode,
  CHANNELS,
  DEFAULT_CLASSIFICATION,
  LAPOR_CLASSIFICATION_LABELS,
  LAPOR_CLASSIFICATIONS,
  type LaporClassificationCode,
  PRIORITIES,
  PRIORITY_LABELS,
  type PriorityCode,
  REPORT_TYPE_LABELS,
  REPORT_TYPES,
  type ReportTypeCode,
} from './model/labels.js';
export {
  ACTOR_ROLES,
  type ActorRole,
  REPORT_ACTION_LABELS,
  REPORT_ACTIONS,
  REPORT_STATUS_LABELS,
  REPORT_STATUSES,
  type ReportActionType,
  type ReportStatusCode,
} from './model/status.js';
export {
  checkCategory,
  DEFAULT_TAXONOMY,
  defineTaxonomy,
  extendTaxonomy,
  type Taxonomy,
  type TaxonomyCategory,
  type TaxonomySubcategory,
} from './model/taxonomy.js';
export {
  Actor,
  Assignment,
  ATTACHMENT_KINDS,
  ATTACHMENT_LIMITS,
  Attachment,
  type AttachmentKind,
  type AttachmentLimits,
  Channel,
  Coordinates,
  ExternalRefs,
  Feedback,
  FollowUp,
  HistoryEntry,
  isWhistleblowing,
  LaporClassification,
  Location,
  Priority,
  Provenance,
  Report,
  type ReportInput,
  ReportResponse,
  ReportStatus,
  type ReportSchemaOptions,
  ReportType,
  Reporter,
  reportSchema,
  StatusReason,
} from './model/report.js';
export {
  ARCHIVE_REASONS,
  actionLabel,
  allowedActions,
  IllegalTransitionError,
  isTerminal,
  nextStatus,
  REJECT_REASONS,
  type ReportAction,
  rolesFor,
  TransitionForbiddenError,
  type TransitionOptions,
  transition,
} from './lifecycle/machine.js';
export {
  FMS_STATUSES,
  type FmsStatus,
  fromFmsStatus,
  LAPOR_ADMIN_ACTIONS,
  NTB_CARE_LABELS,
  type NtbCareLabel,
  ntbCareLabel,
  STATUS_MAPPINGS,
  type StatusMapping,
} from './lifecycle/mappings.js';
export {
  DEFAULT_SLA_RULE_SETS,
  LAPOR_RULES,
  NTB_CARE_PRIORITY_RULES,
  SLA_STAGES,
  type SlaRule,
  type SlaRuleSet,
  type SlaStage,
  type SlaStageDefinition,
  type SlaUnit,
  UU_25_2009_RULES,
} from './sla/rules.js';
export { breaches, type DueDate, dueDates, type SlaBreach, type SlaOptions } from './sla/engine.js';
export {
  type ExportOptions,
  exportReports,
  isPublishable,
  type PublicOptions,
  type PublicReport,
  publicText,
  toPublicReport,
  toPublicReports,
} from './privacy/public.js';
export {
  FmsRequestUpdate,
  OPEN311_DATATYPES,
  Open311Attribute,
  Open311Discovery,
  Open311Endpoint,
  Open311ErrorItem,
  Open311PostResult,
  Open311Service,
  Open311ServiceDefinition,
  Open311ServiceRequest,
} from './open311/schemas.js';
export {
  type Open311Format,
  Open311Error,
  Open311ParseError,
  type Open311ParseReason,
  type Open311Resources,
  parseOpen311Json,
  parseOpen311Xml,
  readOpen311,
} from './open311/parse.js';
export {
  type Open311ServiceLink,
  type Open311ToReportOptions,
  open311ToReport,
  type ReportToOpen311Options,
  reportToOpen311,
  serializeOpen311Requests,
} from './open311/mapping.js';
