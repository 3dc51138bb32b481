/**
 * office-addin-mock cannot load a collection's items (`load('items/name')` throws), so the test doubles
 * build collections here: `load('items/a,items/b')` loads those properties on each item, as office-js does.
 */
import { OfficeMockObject } from 'office-addin-mock';

export function mockCollection(items: OfficeMockObject[], extra: Record<string, unknown>): OfficeMockObject {
  const coll = new OfficeMockObject({ items, ...extra });
  const load = (props: string | string[]): OfficeMockObject => {
    const list = (Array.isArray(props) ? props : props.split(',')).map((p) => p.trim());
    const itemProps = list.filter((p) => p.startsWith('items/')).map((p) => p.slice('items/'.length));
    if (itemProps.length > 0) for (const item of items) item.load(itemProps);
    OfficeMockObject.prototype.load.call(coll, 'items');
    return coll;
  };
  (coll as unknown as { load: typeof load }).load = load;
  return coll;
}
