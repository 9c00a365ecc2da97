import type { ActivityCategory, AgencyKind } from '../../generated/prisma/enums.ts';

/** Bodies every province has, named as on provincial assignment decisions: [Vietnamese, English, kind]. */
export const provincialBodies: ReadonlyArray<readonly [vi: string, en: string, kind: AgencyKind]> = [
  ['Sở Nội vụ', 'Department of Home Affairs', 'PROVINCIAL_DEPARTMENT'],
  ['Sở Tư pháp', 'Department of Justice', 'PROVINCIAL_DEPARTMENT'],
  ['Sở Kế hoạch và Đầu tư', 'Department of Planning and Investment', 'PROVINCIAL_DEPARTMENT'],
  ['Sở Tài chính', 'Department of Finance', 'PROVINCIAL_DEPARTMENT'],
  ['Sở Công Thương', 'Department of Industry and Trade', 'PROVINCIAL_DEPARTMENT'],
  [
    'Sở Nông nghiệp và Phát triển nông thôn',
    'Department of Agriculture and Rural Development',
    'PROVINCIAL_DEPARTMENT',
  ],
  ['Sở Giao thông vận tải', 'Department of Transport', 'PROVINCIAL_DEPARTMENT'],
  ['Sở Xây dựng', 'Department of Construction', 'PROVINCIAL_DEPARTMENT'],
  ['Sở Tài nguyên và Môi trường', 'Department of Natural Resources and Environment', 'PROVINCIAL_DEPARTMENT'],
  ['Sở Thông tin và Truyền thông', 'Department of Information and Communications', 'PROVINCIAL_DEPARTMENT'],
  ['Sở Lao động – Thương binh và Xã hội', 'Department of Labour, Invalids and Social Affairs', 'PROVINCIAL_DEPARTMENT'],
  ['Sở Văn hóa, Thể thao và Du lịch', 'Department of Culture, Sports and Tourism', 'PROVINCIAL_DEPARTMENT'],
  ['Sở Khoa học và Công nghệ', 'Department of Science and Technology', 'PROVINCIAL_DEPARTMENT'],
  ['Sở Giáo dục và Đào tạo', 'Department of Education and Training', 'PROVINCIAL_DEPARTMENT'],
  ['Sở Y tế', 'Department of Health', 'PROVINCIAL_DEPARTMENT'],
  ['Thanh tra tỉnh', 'Provincial Inspectorate', 'PROVINCIAL_DEPARTMENT'],
  ['Ban Dân tộc tỉnh', 'Provincial Ethnic Minorities Committee', 'PROVINCIAL_DEPARTMENT'],
  ['Văn phòng Ủy ban nhân dân tỉnh', "Office of the Provincial People's Committee", 'PROVINCIAL_DEPARTMENT'],
  ['Cục Thuế tỉnh', 'Provincial Tax Department', 'PROVINCIAL_DEPARTMENT'],
  ['Kho bạc Nhà nước tỉnh', 'Provincial State Treasury', 'PROVINCIAL_DEPARTMENT'],
  ['Bảo hiểm xã hội tỉnh', 'Provincial Social Insurance', 'PROVINCIAL_DEPARTMENT'],
  ['Cục Quản lý thị trường tỉnh', 'Market Management Department', 'PROVINCIAL_DEPARTMENT'],
  ['Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh', 'Provincial Fatherland Front Committee', 'MASS_ORGANISATION'],
  ['Tỉnh đoàn', 'Provincial Youth Union', 'MASS_ORGANISATION'],
  ['Hội Liên hiệp Phụ nữ tỉnh', "Provincial Women's Union", 'MASS_ORGANISATION'],
  ['Hội Nông dân tỉnh', "Provincial Farmers' Association", 'MASS_ORGANISATION'],
  ['Hội Cựu chiến binh tỉnh', "Provincial Veterans' Association", 'MASS_ORGANISATION'],
  ['Liên đoàn Lao động tỉnh', 'Provincial Labour Federation', 'MASS_ORGANISATION'],
  ['Hội Chữ thập đỏ tỉnh', 'Provincial Red Cross', 'MASS_ORGANISATION'],
  ['Ban Tổ chức Tỉnh ủy', 'Party Organisation Board', 'PARTY_BODY'],
  ['Ban Tuyên giáo Tỉnh ủy', 'Party Propaganda and Education Board', 'PARTY_BODY'],
  ['Ban Dân vận Tỉnh ủy', 'Party Mass Mobilisation Board', 'PARTY_BODY'],
  ['Ủy ban Kiểm tra Tỉnh ủy', 'Party Inspection Committee', 'PARTY_BODY'],
  ['Bộ Chỉ huy Quân sự tỉnh', 'Provincial Military Command', 'ARMED_FORCES'],
  ['Bộ Chỉ huy Bộ đội Biên phòng tỉnh', 'Provincial Border Guard Command', 'ARMED_FORCES'],
  ['Công an tỉnh', 'Provincial Police', 'ARMED_FORCES'],
  ['Báo', 'Provincial newspaper', 'PRESS'],
  ['Đài Phát thanh và Truyền hình', 'Provincial Radio and Television', 'PRESS'],
  ['Trường Cao đẳng Sư phạm', "Teachers' Training College", 'EDUCATION_INSTITUTION'],
  ['Trường Cao đẳng Y tế', 'Medical College', 'EDUCATION_INSTITUTION'],
  ['Trường Chính trị tỉnh', 'Provincial Political School', 'EDUCATION_INSTITUTION'],
];

export const enterpriseForms = ['Công ty TNHH', 'Công ty Cổ phần', 'Công ty TNHH MTV', 'Hợp tác xã'] as const;
export const enterpriseTrades = [
  'Xây dựng',
  'Thương mại',
  'Cà phê',
  'Nông sản',
  'Vận tải',
  'Điện nước',
  'Dược phẩm',
  'Vật liệu xây dựng',
  'Du lịch',
  'Chế biến gỗ',
  'Thủy sản',
  'Phân bón',
] as const;
export const enterpriseNames = [
  'Phú Thịnh',
  'Hoàng Long',
  'Thành Công',
  'An Phát',
  'Minh Khang',
  'Trường Sơn',
  'Tây Nguyên',
  'Đại Dương',
  'Hưng Thịnh',
  'Bình Minh',
  'Sao Mai',
  'Việt Tiến',
  'Hồng Hà',
  'Thái Bình Dương',
  'Kim Cương',
  'Phương Nam',
] as const;
export const familyNames = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ'];
export const middleNames = ['Văn', 'Thị', 'Hữu', 'Đức', 'Minh', 'Thanh', 'Quang', 'Ngọc'];
export const givenNames = ['An', 'Bình', 'Cường', 'Dũng', 'Hà', 'Hải', 'Hoa', 'Hùng', 'Lan', 'Long', 'Mai', 'Nam'];
export const villageSyllables = ['Ea', 'Kô', 'Tơ', 'Na', 'Pa', 'Huổi', 'Nậm', 'Kon', 'Plei', 'Đăk', 'Cư', 'Hang'];
export const villageEndings = ['Sang', 'Lìa', 'Đung', 'Jun', 'Kmat', 'Pô', 'Hra', 'Ia', 'Tó', 'Mơ', 'Bông', 'Lao'];

/** What support looks like, by category: share of activities, median value in VND, titles. */
export interface CategoryShape {
  category: ActivityCategory;
  share: number;
  /** Median value in VND; null when activities of the kind are usually recorded without one. */
  medianVnd: number | null;
  /** Spread of the log-normal value: larger for works, whose cost varies most. */
  sigma: number;
  titles: readonly string[];
  items?: ReadonlyArray<readonly [description: string, unit: string]>;
  /** Criterion numbers (1–19) the activity helps meet. */
  criteria?: readonly number[];
  beneficiaries?: readonly [min: number, max: number];
}

export const categoryShapes: readonly CategoryShape[] = [
  {
    category: 'IN_KIND_GIFT',
    share: 25,
    medianVnd: 12_000_000,
    sigma: 0.9,
    titles: [
      'Gifts for poor households before Lunar New Year',
      'Blankets and warm clothes for poor households',
      'Rice for households in difficulty',
      'Notebooks for poor students',
      'Gifts to policy families',
    ],
    items: [
      ['Gift packages', 'package'],
      ['Blankets', 'piece'],
      ['Rice', 'kg'],
      ['Warm clothes', 'piece'],
      ['Notebooks', 'book'],
    ],
    beneficiaries: [10, 400],
  },
  {
    category: 'CASH_GIFT',
    share: 12,
    medianVnd: 20_000_000,
    sigma: 0.8,
    titles: ['Cash gifts to poor households', 'Support for households hit by floods', 'Cash gifts to policy families'],
    beneficiaries: [5, 200],
  },
  {
    category: 'VISIT',
    share: 12,
    medianVnd: null,
    sigma: 0.5,
    titles: ['Visit to the twinned village', 'Working visit and encouragement', 'Visit to policy families'],
  },
  {
    category: 'FESTIVAL',
    share: 8,
    medianVnd: 8_000_000,
    sigma: 0.6,
    titles: ['Mid-Autumn festival for children', 'Lunar New Year festival', 'Great national unity festival'],
    beneficiaries: [50, 600],
  },
  {
    category: 'SCHOLARSHIP',
    share: 8,
    medianVnd: 15_000_000,
    sigma: 0.7,
    titles: ['Scholarships for poor students', 'Scholarships for ethnic-minority pupils'],
    criteria: [14],
    beneficiaries: [5, 80],
  },
  {
    category: 'INFRASTRUCTURE',
    share: 6,
    medianVnd: 450_000_000,
    sigma: 1.3,
    titles: [
      'Concrete village road',
      'Village cultural house',
      'Solar street lighting',
      'Classroom building',
      'Clean-water system',
      'Charity house for a poor household',
    ],
    criteria: [2, 6, 4, 5, 17, 9],
  },
  {
    category: 'EQUIPMENT',
    share: 7,
    medianVnd: 45_000_000,
    sigma: 0.9,
    titles: ['IT equipment for schools', 'Wall fans for schools', 'Desks and chairs for classrooms', 'Loudspeakers'],
    items: [
      ['Computers', 'set'],
      ['Wall fans', 'piece'],
      ['Desks and chairs', 'set'],
      ['Loudspeakers', 'set'],
    ],
    criteria: [5, 8],
  },
  {
    category: 'TRAINING',
    share: 7,
    medianVnd: 25_000_000,
    sigma: 0.7,
    titles: ['Vocational training course', 'Training on farming techniques', 'Training for commune officials'],
    criteria: [12, 13, 18],
    beneficiaries: [15, 120],
  },
  {
    category: 'HEALTH',
    share: 5,
    medianVnd: 30_000_000,
    sigma: 0.8,
    titles: [
      'Free medical check-ups and medicines',
      'Antibacterial cloth masks',
      'Health insurance cards for the poor',
    ],
    items: [
      ['Medicines', 'kit'],
      ['Antibacterial cloth masks', 'piece'],
      ['Health insurance cards', 'card'],
    ],
    criteria: [15],
    beneficiaries: [30, 500],
  },
  {
    category: 'PRODUCTION_SUPPORT',
    share: 6,
    medianVnd: 90_000_000,
    sigma: 1.0,
    titles: ['Breeding cows for poor households', 'Coffee seedlings', 'Fertiliser and seeds', 'Breeding goats'],
    criteria: [10, 13],
    beneficiaries: [3, 60],
  },
  {
    category: 'TRADE_PROMOTION',
    share: 2,
    medianVnd: 35_000_000,
    sigma: 0.8,
    titles: ['Mobile sales of essential goods', 'OCOP product fair'],
    criteria: [7],
  },
  {
    category: 'STAFF_SECONDMENT',
    share: 1,
    medianVnd: null,
    sigma: 0.5,
    titles: ['Officials sent to work with the people'],
  },
  {
    category: 'OTHER',
    share: 1,
    medianVnd: 5_000_000,
    sigma: 0.8,
    titles: ['Twinning ceremony', 'Coordination meeting'],
  },
];

/** What communes ask for (DOMAIN: the needs Điện Biên Đông's communes listed). */
export const needShapes: ReadonlyArray<readonly [ActivityCategory, string, number]> = [
  ['INFRASTRUCTURE', 'Village road', 2],
  ['INFRASTRUCTURE', 'Village cultural house', 6],
  ['INFRASTRUCTURE', 'Rural road lighting', 4],
  ['INFRASTRUCTURE', 'School building', 5],
  ['PRODUCTION_SUPPORT', 'Seedlings', 13],
  ['HEALTH', 'Medicines and medical check-ups', 15],
  ['EQUIPMENT', 'Digital transformation', 8],
];
