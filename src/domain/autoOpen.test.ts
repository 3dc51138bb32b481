import { AUTO_OPEN_SETTING, autoOpenOnCheck, isAutoOpenValue, isPlankollId, parseCatalog, settingText } from './autoOpen';

describe('auto-open', () => {
  it('is the setting Office documents for opening a task pane with the document', () => {
    expect(AUTO_OPEN_SETTING).toBe('Office.AutoShowTaskpaneWithDocument');
  });

  it('stores values as Office does, JSON text, and reads only JSON true as on', () => {
    expect(settingText(true)).toBe('true');
    expect(settingText(false)).toBe('false');
    expect(isAutoOpenValue('true')).toBe(true);
    for (const v of ['false', '"true"', 'True', '1', '', 'not json', null, undefined]) expect(isAutoOpenValue(v)).toBe(false);
  });

  it('knows Plankoll’s id with or without braces, in either case', () => {
    expect(isPlankollId('01d06644-3ada-4156-90a5-3346d420daa5')).toBe(true);
    expect(isPlankollId('{01D06644-3ADA-4156-90A5-3346D420DAA5}')).toBe(true);
    expect(isPlankollId('wa104380862')).toBe(false);
  });

  it('reads the catalog a user names', () => {
    expect(parseCatalog('central')).toEqual({ storeType: 'EXCatalog', store: 'EXCatalog' });
    expect(parseCatalog(' Developer ')).toEqual({ storeType: 'Registry', store: 'developer' });
    expect(parseCatalog('\\\\srv\\share')).toEqual({ storeType: 'FileSystem', store: '\\\\srv\\share' });
    expect(parseCatalog('\\\\srv')).toBeNull();
    expect(parseCatalog('none')).toBeNull();
  });

  it('turns auto-open off when the seal is gone, and otherwise leaves it as the controller left it', () => {
    expect(autoOpenOnCheck('absent', true)).toBe(false);
    expect(autoOpenOnCheck('absent', false)).toBeNull();
    expect(autoOpenOnCheck('present', true)).toBeNull();
    expect(autoOpenOnCheck('present', false)).toBeNull();
  });
});
