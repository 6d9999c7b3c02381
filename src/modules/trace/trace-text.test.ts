import { describe, expect, it } from 'vitest';
import type { TraceGraph } from './trace-service.ts';
import { formatTrace } from './trace-text.ts';

describe('trace lot output', () => {
  it('lists where a lot came from and where it went, in Beijing time with names', () => {
    const g: TraceGraph = {
      root: 'urn:zl:lot:X:Y1',
      direction: 'both',
      nodes: [
        {
          id: 'lot:urn:zl:lot:X:Y1',
          type: 'lot',
          label: '酸奶 Y1',
          lotId: 'urn:zl:lot:X:Y1',
          root: true,
          productName: '酸奶',
          status: ['recalling'],
        },
        { id: 'lot:urn:zl:lot:F:M1', type: 'lot', label: 'M1', lotId: 'urn:zl:lot:F:M1' },
        { id: 'party:A', type: 'party', label: '乳业', creditCode: 'A', name: '某乳业' },
        { id: 'party:B', type: 'party', label: 'B', creditCode: 'B', name: null },
      ],
      edges: [
        {
          id: 1,
          kind: 'transform',
          fromLot: 'urn:zl:lot:F:M1',
          fromParty: 'A',
          toLot: 'urn:zl:lot:X:Y1',
          toParty: 'A',
          time: '2024-05-02T00:00:00.000Z',
          quantity: 600,
          uom: 'KGM',
          eventPk: 1,
          direction: 'backward',
        },
        {
          id: 2,
          kind: 'ship',
          fromLot: 'urn:zl:lot:X:Y1',
          fromParty: 'A',
          toLot: 'urn:zl:lot:X:Y1',
          toParty: 'B',
          time: '2024-05-03T00:00:00.000Z',
          quantity: 10,
          uom: '箱',
          eventPk: 2,
          direction: 'forward',
        },
      ],
      cycles: [],
      truncated: false,
    };
    expect(formatTrace(g).split('\n')).toEqual([
      '批次 urn:zl:lot:X:Y1(酸奶)',
      '状态: recalling',
      '',
      '来源(1 条)',
      '  2024-05-02 08:00  加工  M1 → 酸奶 Y1  某乳业 → 某乳业 600KGM',
      '',
      '去向(1 条)',
      '  2024-05-03 08:00  发货  酸奶 Y1  某乳业 → B 10箱',
    ]);
  });
});
