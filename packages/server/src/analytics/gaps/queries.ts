import { resolveOffsetConnection } from '@pothos/plugin-relay';
import { yearField } from '../../dates.ts';
import { builder, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../../schema/builder.ts';
import { AttainmentLevelEnum } from '../../schema/enums.ts';
import { ProvinceRef } from '../../schema/refs.ts';
import { findGaps, gapKinds } from './sql.ts';
import { GapKindEnum, GapRef } from './type.ts';

builder.queryFields((t) => ({
  gaps: t.connection(
    {
      type: GapRef,
      description:
        'The gap view: places with unmet NTM criteria and no active sponsor, and places with requests no agency has pledged — largest gaps first (most unmet criteria, most unpledged needs).',
      args: {
        provinceId: t.arg.globalID({
          required: false,
          for: [ProvinceRef],
          description: 'Only places in this province.',
        }),
        criterionId: t.arg.globalID({
          required: false,
          description: 'Only places where this criterion is unmet, and only needs tied to it.',
        }),
        year: t.arg.int({
          required: false,
          validate: yearField,
          description:
            'Judge criteria on this year’s assessments and sponsorships, and needs requested by its end. Default: each place’s latest assessed year.',
        }),
        kind: t.arg({ type: [GapKindEnum], required: false, description: 'Default: both kinds.' }),
        level: t.arg({ type: AttainmentLevelEnum, defaultValue: 'STANDARD', description: 'The level assessed.' }),
      },
      resolve: async (_root, args, { db }) => {
        let totalCount = 0;
        const connection = await resolveOffsetConnection(
          { args, defaultSize: DEFAULT_PAGE_SIZE, maxSize: MAX_PAGE_SIZE },
          async ({ limit, offset }) => {
            const page = await findGaps(
              db,
              {
                provinceId: args.provinceId?.id,
                criterionId: args.criterionId?.id,
                year: args.year,
                kinds: args.kind?.length ? args.kind : gapKinds,
                level: args.level ?? 'STANDARD',
              },
              limit,
              offset,
            );
            totalCount = page.totalCount;
            return page.gaps;
          },
        );
        return { ...connection, totalCount };
      },
    },
    {
      name: 'GapConnection',
      fields: (connection) => ({
        totalCount: connection.int({
          description: 'Gaps in all pages.',
          resolve: (result) => result.totalCount,
        }),
      }),
    },
  ),
}));
