// The EPCIS 2.0 JSON/JSON-LD document as accepted by POST /api/trace/capture. The schema checks
// shape only; the traceability rules (times, destroyed lots, quantities, cycles) are applied to
// the normalised events in event-rules.ts so each gets its own error code. Extension fields
// (JSON-LD terms such as "zl:address") are allowed, as EPCIS 2.0 allows them.
import { z } from 'zod';

const Uri = z.string().trim().min(1).max(300);

export const QuantityElementSchema = z.looseObject({
  epcClass: Uri,
  quantity: z.number().nonnegative().finite().optional(),
  uom: z.string().trim().min(1).max(8).optional(),
});

const SourceSchema = z.looseObject({ type: z.string().max(100), source: Uri });
const DestinationSchema = z.looseObject({ type: z.string().max(100), destination: Uri });
const PlaceSchema = z.looseObject({ id: Uri });
const BizTransactionSchema = z.looseObject({ type: z.string().max(100).optional(), bizTransaction: Uri });

const common = {
  eventTime: z.string().max(40),
  eventTimeZoneOffset: z.string().max(6).optional(),
  eventID: z.string().trim().min(1).max(200).optional(),
  recordTime: z.string().max(40).optional(),
  bizStep: z.string().max(200).optional(),
  disposition: z.string().max(200).optional(),
  readPoint: PlaceSchema.optional(),
  bizLocation: PlaceSchema.optional(),
  sourceList: z.array(SourceSchema).max(20).optional(),
  destinationList: z.array(DestinationSchema).max(20).optional(),
  bizTransactionList: z.array(BizTransactionSchema).max(20).optional(),
};

const Action = z.enum(['ADD', 'OBSERVE', 'DELETE']);
const EpcList = z.array(Uri).max(10_000);
const QuantityList = z.array(QuantityElementSchema).max(1000);

export const ObjectEventSchema = z.looseObject({
  type: z.literal('ObjectEvent'),
  action: Action,
  epcList: EpcList.optional(),
  quantityList: QuantityList.optional(),
  ...common,
});

export const AggregationEventSchema = z.looseObject({
  type: z.literal('AggregationEvent'),
  action: Action,
  parentID: Uri.optional(),
  childEPCs: EpcList.optional(),
  childQuantityList: QuantityList.optional(),
  ...common,
});

export const TransactionEventSchema = z.looseObject({
  type: z.literal('TransactionEvent'),
  action: Action,
  parentID: Uri.optional(),
  epcList: EpcList.optional(),
  quantityList: QuantityList.optional(),
  ...common,
});

export const TransformationEventSchema = z.looseObject({
  type: z.literal('TransformationEvent'),
  transformationID: Uri.optional(),
  inputEPCList: EpcList.optional(),
  inputQuantityList: QuantityList.optional(),
  outputEPCList: EpcList.optional(),
  outputQuantityList: QuantityList.optional(),
  ...common,
});

export const EpcisEventSchema = z.discriminatedUnion('type', [
  ObjectEventSchema,
  AggregationEventSchema,
  TransactionEventSchema,
  TransformationEventSchema,
]);

export const EpcisDocumentSchema = z.looseObject({
  '@context': z.unknown().optional(),
  type: z.literal('EPCISDocument'),
  schemaVersion: z.string().max(10),
  creationDate: z.string().max(40),
  epcisBody: z.looseObject({ eventList: z.array(EpcisEventSchema).min(1).max(10_000) }),
});

export type EpcisEvent = z.infer<typeof EpcisEventSchema>;
export type EpcisDocument = z.infer<typeof EpcisDocumentSchema>;
export type QuantityElement = z.infer<typeof QuantityElementSchema>;
