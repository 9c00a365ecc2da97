// Every non-place part of the graph; each file registers its types and root queries on import.
import './agency.ts';
import './document.ts';
import './twinning.ts';
import './activity.ts';
import './criteria.ts';
import './assessment.ts';
import './recognition.ts';
import './indicator.ts';
import './ocop.ts';
import './need.ts';
import './commendation.ts';
import './campaign.ts';
import './funding.ts';
import './reported-figure.ts';
