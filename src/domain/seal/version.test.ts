import { TOOL_VERSION } from './version';
import pkg from '../../../package.json';

it('records the version in package.json', () => {
  expect(TOOL_VERSION).toBe(pkg.version);
});
