import {
  ActivityCategory,
  AgencyKind,
  AssessmentStatus,
  AttainmentLevel,
  CampaignKind,
  CriteriaProgramme,
  DatePrecision,
  DocumentKind,
  EthnicMinorityArea,
  FigureKind,
  FundingSource,
  LineageKind,
  NeedStatus,
  OcopGroup,
  OcopRatingStatus,
  PartnerRole,
  PlaceKind,
  PlaceLevel,
  RecipientKind,
  RecognitionStatus,
  Region,
  ThresholdComparator,
  TwinningRelation,
  TwinningStatus,
  ValueQualifier,
} from '../generated/prisma/enums.ts';
import { builder } from './builder.ts';

// The database enums, exposed under the same names; descriptions live beside each value in schema.prisma.
export const PlaceLevelEnum = builder.enumType(PlaceLevel, { name: 'PlaceLevel' });
export const PlaceKindEnum = builder.enumType(PlaceKind, { name: 'PlaceKind' });
export const RegionEnum = builder.enumType(Region, {
  name: 'Region',
  description: 'The seven socio-economic regions New Rural Development thresholds vary by.',
});
export const EthnicMinorityAreaEnum = builder.enumType(EthnicMinorityArea, {
  name: 'EthnicMinorityArea',
  description: 'Ethnic-minority area classification (Decision 861/QĐ-TTg).',
});
export const LineageKindEnum = builder.enumType(LineageKind, { name: 'LineageKind' });
export const AgencyKindEnum = builder.enumType(AgencyKind, { name: 'AgencyKind' });
export const DocumentKindEnum = builder.enumType(DocumentKind, { name: 'DocumentKind' });
export const TwinningRelationEnum = builder.enumType(TwinningRelation, {
  name: 'TwinningRelation',
  description: 'TWINNING is kết nghĩa, HELP is giúp đỡ, SPONSORSHIP is đỡ đầu.',
});
export const TwinningStatusEnum = builder.enumType(TwinningStatus, { name: 'TwinningStatus' });
export const DatePrecisionEnum = builder.enumType(DatePrecision, {
  name: 'DatePrecision',
  description: 'How much of a date the source gives: a report saying "August 2016" has MONTH precision.',
});
export const ActivityCategoryEnum = builder.enumType(ActivityCategory, { name: 'ActivityCategory' });
export const FundingSourceEnum = builder.enumType(FundingSource, { name: 'FundingSource' });
export const PartnerRoleEnum = builder.enumType(PartnerRole, { name: 'PartnerRole' });
export const CriteriaProgrammeEnum = builder.enumType(CriteriaProgramme, { name: 'CriteriaProgramme' });
export const AttainmentLevelEnum = builder.enumType(AttainmentLevel, {
  name: 'AttainmentLevel',
  description: 'STANDARD (đạt chuẩn), ADVANCED (nâng cao) or MODEL (kiểu mẫu).',
});
export const ThresholdComparatorEnum = builder.enumType(ThresholdComparator, { name: 'ThresholdComparator' });
export const AssessmentStatusEnum = builder.enumType(AssessmentStatus, {
  name: 'AssessmentStatus',
  description: 'MET (đạt), BASICALLY_MET (cơ bản đạt) or NOT_MET (chưa đạt).',
});
export const RecognitionStatusEnum = builder.enumType(RecognitionStatus, { name: 'RecognitionStatus' });
export const ValueQualifierEnum = builder.enumType(ValueQualifier, {
  name: 'ValueQualifier',
  description: 'How a published number relates to the truth: "about 95%" is ABOUT, "more than 40%" is MORE_THAN.',
});
export const OcopGroupEnum = builder.enumType(OcopGroup, { name: 'OcopGroup' });
export const OcopRatingStatusEnum = builder.enumType(OcopRatingStatus, { name: 'OcopRatingStatus' });
export const NeedStatusEnum = builder.enumType(NeedStatus, { name: 'NeedStatus' });
export const RecipientKindEnum = builder.enumType(RecipientKind, { name: 'RecipientKind' });
export const CampaignKindEnum = builder.enumType(CampaignKind, { name: 'CampaignKind' });
export const FigureKindEnum = builder.enumType(FigureKind, { name: 'FigureKind' });
