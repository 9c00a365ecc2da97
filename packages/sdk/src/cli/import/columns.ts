import type { ActivityCategory, FundingSource } from '../../index.ts';

/** The activity fields an import file can carry, one column each. */
export type ActivityColumn =
  | 'occurredOn'
  | 'endedOn'
  | 'agency'
  | 'place'
  | 'twinning'
  | 'category'
  | 'title'
  | 'valueVnd'
  | 'description'
  | 'beneficiaryCount'
  | 'fundingSource'
  | 'occasion';

/**
 * Headers each column is recognised by, Vietnamese and English, compared without case, spaces or
 * diacritics ("Giá trị (VND)" = "gia tri vnd"). The first is the one the README and messages use.
 */
export const COLUMN_HEADERS: Record<ActivityColumn, readonly string[]> = {
  occurredOn: ['Ngày', 'Ngày thực hiện', 'Thời gian', 'Date', 'Occurred on', 'occurredOn'],
  endedOn: ['Ngày kết thúc', 'Đến ngày', 'Ended on', 'End date', 'endedOn'],
  agency: ['Đơn vị', 'Cơ quan', 'Cơ quan, đơn vị', 'Đơn vị thực hiện', 'Agency', 'agencyId'],
  place: ['Xã', 'Địa bàn', 'Nơi thực hiện', 'Mã xã', 'Place', 'Commune', 'placeId', 'Place code'],
  twinning: ['Kết nghĩa', 'Mã kết nghĩa', 'Twinning', 'twinningId'],
  category: ['Loại', 'Loại hoạt động', 'Hình thức', 'Category'],
  title: ['Nội dung', 'Hoạt động', 'Tên hoạt động', 'Title', 'Activity'],
  valueVnd: ['Giá trị (VND)', 'Giá trị', 'Số tiền (VND)', 'Số tiền', 'Trị giá', 'Value (VND)', 'Value', 'valueVnd'],
  description: ['Mô tả', 'Chi tiết', 'Description'],
  beneficiaryCount: ['Số người hưởng lợi', 'Số người được hỗ trợ', 'Beneficiaries', 'beneficiaryCount'],
  fundingSource: ['Nguồn kinh phí', 'Nguồn vốn', 'Funding source', 'fundingSource'],
  occasion: ['Dịp', 'Nhân dịp', 'Occasion'],
};

/** Headers that number rows ("STT", "No."): read and ignored without a warning. */
const ROW_NUMBER_HEADERS = ['STT', 'Số TT', 'No', 'No.', '#'];

export const CATEGORY_LABELS: Record<ActivityCategory, readonly string[]> = {
  CASH_GIFT: ['Tặng tiền', 'Tiền mặt', 'Quà tiền mặt', 'Cash gift'],
  IN_KIND_GIFT: ['Tặng quà', 'Quà hiện vật', 'Hiện vật', 'Tặng hiện vật', 'In-kind gift', 'Gift'],
  EQUIPMENT: ['Trang thiết bị', 'Thiết bị', 'Equipment'],
  FESTIVAL: ['Lễ hội', 'Tết', 'Festival'],
  HEALTH: ['Y tế', 'Khám chữa bệnh', 'Health'],
  INFRASTRUCTURE: ['Cơ sở hạ tầng', 'Hạ tầng', 'Công trình', 'Infrastructure'],
  OTHER: ['Khác', 'Other'],
  PRODUCTION_SUPPORT: ['Hỗ trợ sản xuất', 'Sản xuất', 'Production support'],
  SCHOLARSHIP: ['Học bổng', 'Scholarship'],
  STAFF_SECONDMENT: ['Tăng cường cán bộ', 'Cử cán bộ', 'Staff secondment'],
  TRADE_PROMOTION: ['Xúc tiến thương mại', 'Thương mại', 'Trade promotion'],
  TRAINING: ['Đào tạo', 'Tập huấn', 'Training'],
  VISIT: ['Thăm hỏi', 'Thăm', 'Làm việc', 'Visit'],
};

export const FUNDING_SOURCE_LABELS: Record<FundingSource, readonly string[]> = {
  AGENCY_OWN: ['Kinh phí đơn vị', 'Tự có', 'Đơn vị tự chi', 'Agency own'],
  ASSIGNED_SPONSORS: ['Đơn vị được phân công', 'Đỡ đầu', 'Assigned sponsors'],
  MIXED: ['Hỗn hợp', 'Nhiều nguồn', 'Mixed'],
  MOBILISED_COMMUNITY: ['Vận động cộng đồng', 'Xã hội hóa', 'Mobilised community'],
  MOBILISED_ENTERPRISES: ['Vận động doanh nghiệp', 'Doanh nghiệp', 'Mobilised enterprises'],
  OTHER: ['Khác', 'Other'],
  STATE_BUDGET: ['Ngân sách nhà nước', 'Ngân sách', 'State budget'],
};

/** Where a column sits in the file. */
export interface ColumnPosition {
  index: number;
  /** The spreadsheet letter, "A", "B", … "AA". */
  letter: string;
  /** The header as the file writes it. */
  header: string;
}

export interface ColumnMap {
  columns: Map<ActivityColumn, ColumnPosition>;
  /** Headers matching no column: reported, and their cells ignored. */
  unknown: ColumnPosition[];
  /** Problems with the header row itself (a column twice, a required one missing). */
  problems: string[];
}

export function mapColumns(headers: readonly unknown[]): ColumnMap {
  const lookup = new Map<string, ActivityColumn>();
  for (const [column, names] of Object.entries(COLUMN_HEADERS) as [ActivityColumn, readonly string[]][]) {
    for (const name of names) lookup.set(fold(name), column);
  }
  const ignored = new Set(ROW_NUMBER_HEADERS.map(fold));
  const columns = new Map<ActivityColumn, ColumnPosition>();
  const unknown: ColumnPosition[] = [];
  const problems: string[] = [];
  headers.forEach((cell, index) => {
    const header = cell === null || cell === undefined ? '' : String(cell).trim();
    if (header === '' || ignored.has(fold(header))) return;
    const position = { index, letter: columnLetter(index), header };
    const column = lookup.get(fold(header));
    if (!column) {
      unknown.push(position);
      return;
    }
    const earlier = columns.get(column);
    if (earlier) {
      problems.push(
        `columns ${earlier.letter} “${earlier.header}” and ${position.letter} “${header}” are both ${COLUMN_HEADERS[column][0]}; keep one.`,
      );
      return;
    }
    columns.set(column, position);
  });
  for (const required of ['occurredOn', 'title', 'category'] as const) {
    if (!columns.has(required)) problems.push(`no ${describeColumn(required)} column.`);
  }
  if (!columns.has('twinning') && !(columns.has('agency') && columns.has('place'))) {
    problems.push(
      `no ${describeColumn('twinning')} column, and not both ${describeColumn('agency')} and ${describeColumn('place')}: an activity needs its twinning, or its agency and place.`,
    );
  }
  return { columns, unknown, problems };
}

/** "“Ngày” (Date)": how messages name a column the file lacks. */
export function describeColumn(column: ActivityColumn): string {
  const names = COLUMN_HEADERS[column];
  const english = names.find((name) => /^[\x20-\x7e]+$/.test(name) && name !== column);
  return `“${names[0]}”${english ? ` (${english})` : ''}`;
}

/** Matches a cell's label against a table of labels (enum names included), or returns undefined. */
export function matchLabel<T extends string>(value: string, labels: Record<T, readonly string[]>): T | undefined {
  const wanted = fold(value);
  for (const [key, names] of Object.entries(labels) as [T, readonly string[]][]) {
    if (fold(key) === wanted || names.some((name) => fold(name) === wanted)) return key;
  }
  return undefined;
}

/** Lower case, no diacritics (đ → d), no spaces or punctuation: how headers and labels are compared. */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

export function columnLetter(index: number): string {
  let letter = '';
  for (let rest = index + 1; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    letter = String.fromCharCode(65 + ((rest - 1) % 26)) + letter;
  }
  return letter;
}
