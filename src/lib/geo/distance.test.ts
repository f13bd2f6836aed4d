import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DETOUR_FACTOR, haversineKm, straightKmForTravel, travelKm } from './distance.ts';

describe('distances', () => {
  it('measures known great-circle distances', () => {
    // Amsterdam Centraal → Utrecht Centraal ≈ 35.1 km; Paris → London ≈ 343.5 km.
    assert.ok(Math.abs(haversineKm(4.9003, 52.3791, 5.1099, 52.0894) - 35.1) < 0.5);
    assert.ok(Math.abs(haversineKm(2.3522, 48.8566, -0.1276, 51.5072) - 343.5) < 1.5);
    assert.equal(haversineKm(5, 52, 5, 52), 0);
    assert.ok(Math.abs(haversineKm(0, 0, 180, 0) - Math.PI * 6371.0088) < 1e-6);
  });

  it('estimates travel distance with the detour factor both ways', () => {
    assert.equal(travelKm(10), 10 * DETOUR_FACTOR);
    assert.ok(Math.abs(straightKmForTravel(travelKm(17)) - 17) < 1e-12);
  });
});
