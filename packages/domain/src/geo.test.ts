import { describe, expect, it } from 'vitest';
import { distanceKm } from './geo';

describe('distanceKm (great circle, mean Earth radius 6371.0088 km)', () => {
  it('one degree of latitude is 6371.0088 * pi / 180 = 111.195 km', () => {
    expect(distanceKm({ lat: 30, lon: 110 }, { lat: 31, lon: 110 })).toBeCloseTo((6371.0088 * Math.PI) / 180, 9);
  });

  it('one degree of longitude on the equator is the same; at 60 degrees north about half', () => {
    expect(distanceKm({ lat: 0, lon: 110 }, { lat: 0, lon: 111 })).toBeCloseTo(111.195, 3);
    // haversine: 2R asin(cos 60 * sin 0.5 deg) ~= R * cos 60 * 1 deg = 55.6 km
    expect(distanceKm({ lat: 60, lon: 110 }, { lat: 60, lon: 111 })).toBeCloseTo(55.6, 1);
  });

  it('is symmetric and 0 for the same place', () => {
    const a = { lat: 29.5, lon: 106.5 };
    const b = { lat: 29.9, lon: 106.1 };
    expect(distanceKm(a, a)).toBe(0);
    expect(distanceKm(a, b)).toBeCloseTo(distanceKm(b, a), 12);
  });
});
