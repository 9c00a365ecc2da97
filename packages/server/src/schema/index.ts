import { builder } from './builder.ts';
import './scalars.ts';
import './enums.ts';
import './place.ts';
import './domain.ts';

export const schema = builder.toSchema();
