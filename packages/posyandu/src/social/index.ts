export {
  type DusunSocialSummary,
  type HouseholdChecklist,
  type SocialCodeCount,
  type SocialFinding,
  socialReferralCounts,
} from './checklist.js';
export { PMKS_KEMENSOS, type SocialProblemCategory, type SocialProblemCodeList } from './pmks.js';
