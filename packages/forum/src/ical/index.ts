export { type ICalendarOptions, toICalendar } from './ical.js';
