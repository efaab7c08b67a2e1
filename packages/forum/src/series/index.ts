export { KSB_ZONES, ksbYasinanSeries } from './ksb.js';
export {
  type ScheduleAdjustment,
  type ScheduledSession,
  type UpcomingSessionsOptions,
  upcomingSessions,
} from './schedule.js';
export {
  FORUM_LEVEL_LABELS,
  FORUM_SERIES_DEFAULTS,
  ForumLevel,
  ForumSeries,
  type ForumSeriesInput,
  ForumZone,
  HOLIDAY_RULE_LABELS,
  HolidayRule,
  RotationAdvance,
  ZoneRotation,
  ZoneTable,
} from './schemas.js';
