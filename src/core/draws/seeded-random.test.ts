import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { canonicalJson, hashArray, sha256Hex } from './canonical-json.ts';
import { canonicalInspector, canonicalObject, hashObjects } from './pool-hash.ts';
import { SeededRandom, STREAM_LABEL } from './seeded-random.ts';
import { testInspectors, testObjects } from './test-pools.ts';

describe('seeded randomness', () => {
  it('is HMAC-SHA256 in counter mode, as documented', () => {
    const rng = new SeededRandom('abc');
    const block0 = createHmac('sha256', 'abc').update(`${STREAM_LABEL}0`).digest();
    const block1 = createHmac('sha256', 'abc').update(`${STREAM_LABEL}1`).digest();
    const words = Array.from({ length: 9 }, () => rng.nextUint32());
    expect(words.slice(0, 8)).toEqual(Array.from({ length: 8 }, (_, i) => block0.readUInt32BE(i * 4)));
    expect(words[8]).toBe(block1.readUInt32BE(0));
  });

  it('gives the same integers for the same seed and others for another', () => {
    const a = new SeededRandom('seed-1');
    const b = new SeededRandom('seed-1');
    const c = new SeededRandom('seed-2');
    const xa = Array.from({ length: 50 }, () => a.int(1000));
    expect(Array.from({ length: 50 }, () => b.int(1000))).toEqual(xa);
    expect(Array.from({ length: 50 }, () => c.int(1000))).not.toEqual(xa);
  });

  it('stays in range and does not favour values (rejection sampling)', () => {
    const rng = new SeededRandom('uniform');
    const n = 3;
    const counts = [0, 0, 0];
    for (let i = 0; i < 30000; i++) {
      const x = rng.int(n);
      counts[x] = (counts[x] as number) + 1;
    }
    for (const c of counts) expect(Math.abs(c - 10000)).toBeLessThan(400);
    expect(() => rng.int(0)).toThrow();
    expect(rng.int(1)).toBe(0);
  });
});

describe('canonical JSON', () => {
  it('sorts keys, drops undefined and has no whitespace', () => {
    expect(canonicalJson({ b: 1, a: [true, null, 'x'], c: undefined, d: { z: 0.05, y: '临夏' } })).toBe(
      '{"a":[true,null,"x"],"b":1,"d":{"y":"临夏","z":0.05}}',
    );
    expect(() => canonicalJson({ x: Number.NaN })).toThrow();
  });

  it('hashes an array as a stream with the same bytes as one string', () => {
    const rows = [
      { id: 2, b: 'y' },
      { id: 1, a: 'x' },
    ];
    expect(hashArray(rows)).toBe(sha256Hex(canonicalJson(rows)));
    expect(hashArray([])).toBe(sha256Hex('[]'));
    const many = Array.from({ length: 5000 }, (_, i) => ({ id: i, name: `企业“${i}”\n` }));
    expect(hashArray(many)).toBe(sha256Hex(canonicalJson(many)));
  });

  it('serializes pool rows with the fast path exactly as canonical JSON', () => {
    const objects = testObjects(50).map((o, i) => ({
      ...o,
      name: `${o.name}"\\\u2028`,
      regionCode: i % 5 === 0 ? null : o.regionCode,
      lastInspectorIds: [3, 1],
    }));
    for (const o of objects) expect(JSON.stringify(canonicalObject(o))).toBe(canonicalJson(canonicalObject(o)));
    for (const i of testInspectors(5))
      expect(JSON.stringify(canonicalInspector(i))).toBe(canonicalJson(canonicalInspector(i)));
    expect(hashObjects(objects)).toBe(sha256Hex(canonicalJson(objects.map(canonicalObject))));
  });
});
