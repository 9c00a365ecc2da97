import { builder } from './builder.ts';
import './scalars.ts';
import './enums.ts';
import './errors.ts';
import './place.ts';
import './change.ts';
import './support-summary.ts';
import './domain.ts';
import './indicator-series.ts';
import './scorecard.ts';
import './progress.ts';
import './gaps.ts';

export const schema = builder.toSchema();
