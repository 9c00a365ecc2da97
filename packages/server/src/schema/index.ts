import { builder } from './builder.ts';
import './scalars.ts';
import './enums.ts';
import './errors.ts';
import './place.ts';
import './change.ts';
import './support-summary.ts';
import './domain.ts';

export const schema = builder.toSchema();
