import { z } from 'zod';
import { ApiRole } from '../../generated/prisma/enums.ts';
import { nodeId, requiredText } from '../rules.ts';

export const apiKeyId = nodeId(['ApiKey'], 'an API key');

const provinceCode = z
  .string()
  .trim()
  .regex(/^[0-9]{1,2}$/, 'A province code is one or two digits, e.g. "11" for Điện Biên.')
  .transform((code) => code.padStart(2, '0'));

export const newApiKey = z
  .object({
    name: requiredText(200),
    role: z.enum(ApiRole),
    provinceIds: z
      .array(nodeId(['Province'], 'a province'))
      .max(100, 'At most 100 provinces.')
      .nullish(),
    provinceCodes: z.array(provinceCode).max(100, 'At most 100 provinces.').nullish(),
    agencyIds: z
      .array(nodeId(['Agency'], 'an agency'))
      .max(1000, 'At most 1,000 agencies.')
      .nullish(),
  })
  .superRefine((input, context) => {
    const scoped = Boolean(input.provinceIds?.length || input.provinceCodes?.length || input.agencyIds?.length);
    if (input.role === 'EDITOR' && !scoped) {
      context.addIssue({
        code: 'custom',
        path: ['provinceIds'],
        message: 'An editor key writes only inside its provinces or for its agencies: give at least one of them.',
      });
    }
    if (input.role !== 'EDITOR' && scoped) {
      context.addIssue({
        code: 'custom',
        path: ['role'],
        message: `Only editor keys are limited to provinces or agencies; a ${input.role.toLowerCase()} key takes neither.`,
      });
    }
  });

export const apiKeyReference = z.object({ id: apiKeyId });
