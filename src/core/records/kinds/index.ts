// Every importer kind, by id.
import type { KindId, KindSpec } from '../kind-spec.ts';
import { agriKind } from './agri.ts';
import { airDailyKind } from './air-daily.ts';
import { airHourlyKind } from './air-hourly.ts';
import { constructionKind } from './construction.ts';
import { drugKind } from './drug.ts';
import { drugManufacturersKind } from './drug-manufacturers.ts';
import { effluentKind } from './effluent.ts';
import { essentialDrugsKind } from './essential-drugs.ts';
import { foodKind } from './food.ts';
import { productKind } from './product.ts';
import { reportedKind } from './reported.ts';
import { sewageKind } from './sewage.ts';
import { surveyKind } from './survey.ts';
import { waterKind } from './water.ts';
import { waterProjectChecksKind } from './water-project-checks.ts';
import { waterProjectsKind } from './water-projects.ts';

export const KINDS: Readonly<Record<KindId, KindSpec>> = {
  food: foodKind,
  agri: agriKind,
  product: productKind,
  drug: drugKind,
  'essential-drugs': essentialDrugsKind,
  'drug-manufacturers': drugManufacturersKind,
  construction: constructionKind,
  'water-projects': waterProjectsKind,
  'water-project-checks': waterProjectChecksKind,
  'air-hourly': airHourlyKind,
  'air-daily': airDailyKind,
  water: waterKind,
  effluent: effluentKind,
  sewage: sewageKind,
  survey: surveyKind,
  reported: reportedKind,
};
