import type { ActivityCategory, AttainmentLevel, GapKind, ValueQualifier } from '@twinning/sdk';

export const levelLabels: Record<AttainmentLevel, string> = {
  STANDARD: 'Standard (đạt chuẩn)',
  ADVANCED: 'Advanced (nâng cao)',
  MODEL: 'Model (kiểu mẫu)',
};

export const levelColours: Record<AttainmentLevel, string> = {
  STANDARD: '#6aaed6',
  ADVANCED: '#2b7bba',
  MODEL: '#0b3d5c',
};

export const categoryLabels: Record<ActivityCategory, string> = {
  CASH_GIFT: 'Cash gift',
  EQUIPMENT: 'Equipment',
  FESTIVAL: 'Festival',
  HEALTH: 'Health',
  INFRASTRUCTURE: 'Infrastructure',
  IN_KIND_GIFT: 'In-kind gift',
  OTHER: 'Other',
  PRODUCTION_SUPPORT: 'Production support',
  SCHOLARSHIP: 'Scholarship',
  STAFF_SECONDMENT: 'Staff secondment',
  TRADE_PROMOTION: 'Trade promotion',
  TRAINING: 'Training',
  VISIT: 'Visit',
};

export const gapKindLabels: Record<GapKind, string> = {
  UNSPONSORED_UNMET_CRITERIA: 'Unmet criteria, no sponsor',
  UNPLEDGED_NEEDS: 'Requests no agency pledged',
};

export const qualifierPrefix: Record<ValueQualifier, string> = {
  ABOUT: 'about ',
  AT_LEAST: 'at least ',
  EXACT: '',
  LESS_THAN: 'less than ',
  MORE_THAN: 'more than ',
};
