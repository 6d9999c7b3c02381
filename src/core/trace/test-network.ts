// A small supply network for the trace, disposal and incident tests: a dairy farm's milk goes
// to a dairy (and some to another processor), becomes yoghurt with sugar from a supplier, and
// the yoghurt goes through a wholesaler to two shops, and straight to a third.
import { creditCodeCheckCharacter } from '../standards/index.ts';
import type { EpcisDocument, EpcisEvent } from './epcis-document.ts';

/** A valid GB 32100 code registered in the given county. */
export function creditCode(n: number, region = '622921'): string {
  const first17 = `91${region}MA${String(n).padStart(7, '0')}`;
  return first17 + creditCodeCheckCharacter(first17);
}

export const P = {
  farm: creditCode(1),
  dairy: creditCode(2, '622901'),
  other: creditCode(3, '622922'),
  sugar: creditCode(4, '622923'),
  wholesaler: creditCode(5, '622901'),
  shop1: creditCode(6, '622924'),
  shop2: creditCode(7, '622925'),
  shop3: creditCode(8, '622926'),
};

export const LOT = {
  milk: `urn:zl:lot:${P.farm}:M20240501`,
  sugar: `urn:zl:lot:${P.sugar}:S0415`,
  yoghurt: `urn:zl:lot:${P.dairy}:Y20240502`,
};

export const at = (day: number, hour: number) =>
  `2024-05-${String(day).padStart(2, '0')}T${String(hour).padStart(2, '0')}:00:00+08:00`;

interface Move {
  lot: string;
  qty: number;
  uom: string;
  from: string;
  to: string;
  time: string;
  id?: string;
}

export function commission(
  lot: string,
  qty: number,
  uom: string,
  party: string,
  time: string,
  id?: string,
): EpcisEvent {
  return {
    type: 'ObjectEvent',
    action: 'ADD',
    eventTime: time,
    eventTimeZoneOffset: '+08:00',
    ...(id ? { eventID: id } : {}),
    bizStep: 'urn:epcglobal:cbv:bizstep:commissioning',
    quantityList: [{ epcClass: lot, quantity: qty, uom }],
    destinationList: [{ type: 'urn:epcglobal:cbv:sdt:owning_party', destination: party }],
    bizLocation: { id: `urn:zl:loc:${party}`, 'zl:regionCode': '622921', 'zl:address': '临夏县某镇' },
  };
}

export function move(step: 'shipping' | 'receiving', m: Move): EpcisEvent {
  return {
    type: 'ObjectEvent',
    action: 'OBSERVE',
    eventTime: m.time,
    eventTimeZoneOffset: '+08:00',
    ...(m.id ? { eventID: m.id } : {}),
    bizStep: step,
    quantityList: [{ epcClass: m.lot, quantity: m.qty, uom: m.uom }],
    sourceList: [{ type: 'owning_party', source: m.from }],
    destinationList: [{ type: 'owning_party', destination: m.to }],
  };
}

export function observe(step: string, lot: string, party: string | null, time: string): EpcisEvent {
  return {
    type: 'ObjectEvent',
    action: step === 'destroying' ? 'DELETE' : 'OBSERVE',
    eventTime: time,
    eventTimeZoneOffset: '+08:00',
    bizStep: step,
    quantityList: [{ epcClass: lot }],
    ...(party ? { sourceList: [{ type: 'possessing_party', source: party }] } : {}),
  };
}

export function transform(
  inputs: { lot: string; qty: number; uom: string }[],
  outputs: { lot: string; qty: number; uom: string }[],
  party: string,
  time: string,
): EpcisEvent {
  return {
    type: 'TransformationEvent',
    eventTime: time,
    eventTimeZoneOffset: '+08:00',
    bizStep: 'transforming',
    inputQuantityList: inputs.map((i) => ({ epcClass: i.lot, quantity: i.qty, uom: i.uom })),
    outputQuantityList: outputs.map((o) => ({ epcClass: o.lot, quantity: o.qty, uom: o.uom })),
    destinationList: [{ type: 'owning_party', destination: party }],
  };
}

export function doc(events: EpcisEvent[]): EpcisDocument {
  return {
    '@context': ['https://ref.gs1.org/standards/epcis/epcis-context.jsonld', { zl: 'urn:zhiliang:epcis:' }],
    type: 'EPCISDocument',
    schemaVersion: '2.0',
    creationDate: '2024-05-10T00:00:00+08:00',
    epcisBody: { eventList: events },
  };
}

/** The whole network, in time order. */
export function networkEvents(): EpcisEvent[] {
  const { milk, sugar, yoghurt } = LOT;
  return [
    commission(milk, 1000, 'KGM', P.farm, at(1, 6)),
    commission(sugar, 500, 'KGM', P.sugar, at(1, 7)),
    move('shipping', { lot: milk, qty: 600, uom: 'KGM', from: P.farm, to: P.dairy, time: at(1, 8) }),
    move('shipping', { lot: milk, qty: 400, uom: 'KGM', from: P.farm, to: P.other, time: at(1, 8) }),
    move('receiving', { lot: milk, qty: 600, uom: 'KGM', from: P.farm, to: P.dairy, time: at(1, 9) }),
    move('shipping', { lot: sugar, qty: 50, uom: 'KGM', from: P.sugar, to: P.dairy, time: at(1, 10) }),
    move('receiving', { lot: sugar, qty: 50, uom: 'KGM', from: P.sugar, to: P.dairy, time: at(1, 12) }),
    move('shipping', { lot: sugar, qty: 100, uom: 'KGM', from: P.sugar, to: P.other, time: at(1, 12) }),
    transform(
      [
        { lot: milk, qty: 600, uom: 'KGM' },
        { lot: sugar, qty: 50, uom: 'KGM' },
      ],
      [{ lot: yoghurt, qty: 2000, uom: '箱' }],
      P.dairy,
      at(2, 8),
    ),
    move('shipping', { lot: yoghurt, qty: 1200, uom: '箱', from: P.dairy, to: P.wholesaler, time: at(3, 8) }),
    move('receiving', { lot: yoghurt, qty: 1200, uom: '箱', from: P.dairy, to: P.wholesaler, time: at(3, 12) }),
    move('shipping', { lot: yoghurt, qty: 200, uom: '箱', from: P.dairy, to: P.shop3, time: at(3, 9) }),
    move('shipping', { lot: yoghurt, qty: 500, uom: '箱', from: P.wholesaler, to: P.shop1, time: at(4, 8) }),
    move('shipping', { lot: yoghurt, qty: 300, uom: '箱', from: P.wholesaler, to: P.shop2, time: at(4, 8) }),
    move('receiving', { lot: yoghurt, qty: 500, uom: '箱', from: P.wholesaler, to: P.shop1, time: at(4, 10) }),
    move('receiving', { lot: yoghurt, qty: 280, uom: '箱', from: P.wholesaler, to: P.shop2, time: at(4, 11) }),
  ];
}

/** The instant the tests treat as now: after every event above. */
export const NOW = new Date('2024-06-01T00:00:00Z');
