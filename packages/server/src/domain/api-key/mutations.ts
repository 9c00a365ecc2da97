import { builder } from '../../schema/builder.ts';
import { defineWrite } from '../../schema/write.ts';
import { createApiKey, revokeApiKey } from './service.ts';
import { ApiRoleEnum } from './type.ts';

const CreateApiKeyInput = builder.inputType('CreateApiKeyInput', {
  description:
    'A new API key. An editor key needs provinces or agencies to write for; viewer and admin keys take neither.',
  fields: (t) => ({
    name: t.string({ required: true, description: 'Who or what will use it, e.g. "Sở Công Thương Điện Biên".' }),
    role: t.field({ type: ApiRoleEnum, required: true }),
    provinceIds: t.idList({
      required: false,
      description: 'An editor’s provinces by ID; each covers the provinces it replaced.',
    }),
    provinceCodes: t.stringList({
      required: false,
      description: 'An editor’s provinces by today’s code ("11" is Điện Biên); each covers the provinces it replaced.',
    }),
    agencyIds: t.idList({ required: false, description: 'Agencies an editor may write for, anywhere.' }),
  }),
});

const RevokeApiKeyInput = builder.inputType('RevokeApiKeyInput', {
  description: 'The key to revoke.',
  fields: (t) => ({ id: t.id({ required: true }) }),
});

defineWrite('createApiKey', {
  description:
    'Create an API key (admin only). Select `apiKey { secret }`: the key is shown in this response only, and only its hash is stored.',
  role: 'admin',
  guards: 'API keys',
  input: CreateApiKeyInput,
  returns: { node: 'ApiKey', as: 'apiKey' },
  write: createApiKey,
});

defineWrite('revokeApiKey', {
  description:
    'Revoke an API key (admin only): every instance refuses it from the next request on, and its open subscriptions end within a second or two.',
  role: 'admin',
  guards: 'API keys',
  input: RevokeApiKeyInput,
  returns: { node: 'ApiKey', as: 'apiKey' },
  write: revokeApiKey,
});
