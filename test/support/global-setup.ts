import { prepareTemplate, type TemplateInfo } from './template.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    databaseTemplate: TemplateInfo;
  }
}

/** Migrates (and seeds) one database per run; every test file starts from a copy of it. */
export default async function setup({ provide }: { provide: (key: 'databaseTemplate', value: TemplateInfo) => void }) {
  const template = await prepareTemplate();
  provide('databaseTemplate', template.info);
  return template.teardown;
}
