import { describe, expect, it } from 'vitest';
import { creditCodeCheckCharacter } from '../standards/index.ts';
import {
  batchLotId,
  lotFromCell,
  normalizeBatch,
  parseLotId,
  parseParty,
  regionOfCreditCode,
  validateAgriCode,
  validateDrugCode,
  validateHgzNumber,
} from './identifiers.ts';

const first17 = '91622901MA0000001';
const cc = first17 + creditCodeCheckCharacter(first17);

describe('trace identifiers', () => {
  it('validates the Chinese code formats', () => {
    expect(validateDrugCode('81234567890123456789').ok).toBe(true);
    expect(validateDrugCode('8123456789012345678').ok).toBe(false);
    expect(validateDrugCode('8123456789012345678X').ok).toBe(false);
    expect(validateAgriCode('1234567890123456').ok).toBe(true);
    // 20 digits is a drug code's shape: refused as an agricultural code so the type is checked.
    expect(validateAgriCode('81234567890123456789').ok).toBe(false);
    expect(validateAgriCode('12345').ok).toBe(false);
    expect(validateHgzNumber('GS-6229-000123').ok).toBe(true);
    expect(validateHgzNumber('ab').ok).toBe(false);
  });

  it('makes one lot id for a producer batch however it is typed', () => {
    const a = lotFromCell('２０２４０５０１ａ', '批号', cc);
    expect(a).toEqual({
      ok: true,
      value: { id: batchLotId(cc, '20240501A'), kind: 'lot', code: '20240501A', producerCreditCode: cc },
    });
    expect(normalizeBatch(' 2024 05 01a ')).toBe('20240501A');
    expect(lotFromCell('20240501', null, null)).toMatchObject({ ok: false });
    expect(lotFromCell('20240501', null, '91622901MA0000001X')).toMatchObject({ ok: false });
  });

  it('reads 20 digits as a drug trace code and URNs as given', () => {
    expect(lotFromCell('81234567890123456789', null, null)).toMatchObject({
      ok: true,
      value: { kind: 'drug', id: 'urn:zl:drug:81234567890123456789' },
    });
    expect(parseLotId('urn:epc:class:lgtin:4012345.012345.998877')).toMatchObject({
      ok: true,
      value: { kind: 'gs1', code: '998877' },
    });
    expect(parseLotId('https://id.gs1.org/01/09521234543213/10/ABC1')).toMatchObject({
      ok: true,
      value: { kind: 'gs1', code: 'ABC1' },
    });
    expect(parseLotId('urn:zl:drug:123')).toMatchObject({ ok: false });
    expect(parseLotId('something-else')).toMatchObject({ ok: false });
  });

  it('names parties by valid credit codes and places them by the code', () => {
    expect(parseParty(`urn:zl:party:${cc}`)).toEqual({ ok: true, value: cc });
    expect(parseParty(cc.toLowerCase())).toEqual({ ok: true, value: cc });
    expect(parseParty('91622901MA0000001Z').ok).toBe(false);
    expect(regionOfCreditCode(cc)).toBe('622901');
  });
});
