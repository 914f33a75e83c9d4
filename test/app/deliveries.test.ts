import { Deliveries, RUNNING_CLAIM_LEASE_MS } from '../../src/app/deliveries';
import { MemoryItemStore } from '../../src/storage';

const KEY = 'msteams/deliveries/a:1';

function deliveriesAt(start: number) {
  const clock = { now: start };
  const items = new MemoryItemStore();
  const deliveries = new Deliveries(items, () => new Date(clock.now));
  const stored = async () => (await items.read([KEY])).get(KEY)?.value;
  return { clock, items, deliveries, stored };
}

describe('deliveries', () => {
  it('take an activity once: a second delivery while it runs, or after it finished, gets nothing', async () => {
    const { deliveries } = deliveriesAt(1_000);
    const claimed = await deliveries.claim(KEY, 'm1');
    expect(claimed).toBeDefined();
    expect(await deliveries.claim(KEY, 'm1')).toBeUndefined();
    await deliveries.finish(KEY, 'm1', claimed);
    expect(await deliveries.claim(KEY, 'm1')).toBeUndefined();
  });

  it('give a running activity to another delivery once its lease has run out', async () => {
    const { clock, deliveries } = deliveriesAt(1_000);
    expect(await deliveries.claim(KEY, 'm1')).toBeDefined();
    clock.now += RUNNING_CLAIM_LEASE_MS;
    expect(await deliveries.claim(KEY, 'm1')).toBeDefined();
  });

  it('finish and release from their claim without reading the deliveries again', async () => {
    const { items, deliveries, stored } = deliveriesAt(1_000);
    const first = await deliveries.claim(KEY, 'm1');
    const reads = jest.spyOn(items, 'read');
    await deliveries.finish(KEY, 'm1', first);
    expect(reads).not.toHaveBeenCalled();
    reads.mockRestore();
    const second = await deliveries.claim(KEY, 'm2');
    const readsAgain = jest.spyOn(items, 'read');
    await deliveries.release(KEY, 'm2', second);
    expect(readsAgain).not.toHaveBeenCalled();
    expect(await stored()).toEqual({ claims: [{ id: 'm1', at: 1_000, done: true }] });
  });

  it('finish from a claim another activity has since written over, without losing either', async () => {
    const { deliveries, stored } = deliveriesAt(1_000);
    const first = await deliveries.claim(KEY, 'm1');
    const second = await deliveries.claim(KEY, 'm2');
    await deliveries.finish(KEY, 'm1', first);
    expect(await stored()).toEqual({
      claims: [
        { id: 'm1', at: 1_000, done: true },
        { id: 'm2', at: 1_000, done: false },
      ],
    });
    await deliveries.release(KEY, 'm2', second);
    expect(await stored()).toEqual({ claims: [{ id: 'm1', at: 1_000, done: true }] });
    expect(await deliveries.claim(KEY, 'm2')).toBeDefined();
  });

  it("finish and release without the claim's item, reading it", async () => {
    const { deliveries, stored } = deliveriesAt(1_000);
    await deliveries.claim(KEY, 'm1');
    await deliveries.claim(KEY, 'm2');
    await deliveries.finish(KEY, 'm2');
    await deliveries.release(KEY, 'm1');
    expect(await stored()).toEqual({ claims: [{ id: 'm2', at: 1_000, done: true }] });
  });
});
