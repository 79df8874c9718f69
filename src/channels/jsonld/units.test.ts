import { describe, expect, it } from 'vitest';
import { MEASURE_UNITS, type MeasureUnit } from '../../enrich/measure-units.js';
import { unitCode } from './units.js';

describe('unitCode', () => {
  it.each<[MeasureUnit, string]>([
    ['g', 'GRM'],
    ['lb', 'LBR'],
    ['cm', 'CMT'],
    ['sqft', 'FTK'],
    ['floz', 'floz'],
    ['gal', 'gal'],
    ['ct', 'ct'],
  ])('%s → %s', (unit, code) => {
    expect(unitCode(unit)).toBe(code);
  });

  it('gives every unit of the model a Rec. 20 code, or one of the Google unit names for the customary and count units', () => {
    const google = new Set(['floz', 'pt', 'qt', 'gal', 'ct', 'sheet', 'item']);
    for (const unit of Object.keys(MEASURE_UNITS) as MeasureUnit[]) expect(unitCode(unit), unit).toMatch(google.has(unit) ? new RegExp(`^${unit}$`) : /^[A-Z0-9]{3}$/);
  });
});
