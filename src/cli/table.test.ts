/** The command table holds together: what a new verb's entry must satisfy for help and parsing to work. */
import type { OptionSpec } from './spec';
import { COMMON_OPTIONS, OPTIONS } from './spec';
import { COMMANDS } from './table';

describe('the command table', () => {
  it('names each verb once, with a summary in both languages', () => {
    const names = COMMANDS.map((c) => c.name);
    expect(new Set(names).size).toBe(names.length);
    for (const c of COMMANDS) {
      expect(c.name).toMatch(/^[a-z]+$/);
      expect(c.summary.sv.length).toBeGreaterThan(10);
      expect(c.summary.en.length).toBeGreaterThan(10);
      for (const o of c.operands) expect(o.sv !== '' && o.en !== '').toBe(true);
    }
  });

  it('lists only known options, none twice, and requires only options it lists', () => {
    for (const c of COMMANDS) {
      expect(new Set(c.options).size).toBe(c.options.length);
      for (const name of c.options) {
        expect(OPTIONS).toHaveProperty(name);
        expect(COMMON_OPTIONS).not.toContain(name);
      }
      for (const r of c.required ?? []) {
        expect(c.options).toContain(r.option);
        expect(r.what.sv !== '' && r.what.en !== '').toBe(true);
      }
    }
  });

  it('spells every option differently: long names, aliases and short letters are unique', () => {
    const spellings = Object.values(OPTIONS).flatMap((o: OptionSpec) => [`--${o.long}`, ...(o.alias ? [`--${o.alias}`] : []), ...(o.short ? [`-${o.short}`] : [])]);
    expect(new Set(spellings).size).toBe(spellings.length);
    for (const o of Object.values(OPTIONS) as OptionSpec[]) {
      expect(o.help.sv !== '' && o.help.en !== '').toBe(true);
      if (o.type === 'string') expect(o.value).toBeDefined();
    }
  });

  it('lets every verb that writes a file take --force', () => {
    for (const c of COMMANDS) if (c.options.includes('output')) expect(c.options).toContain('force');
  });
});
