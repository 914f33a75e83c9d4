import { MemoryItemStore } from '../../src/storage';
import { describeItemStoreContract } from './storageContract';

describeItemStoreContract('Memory', {
  fresh: () => {
    const items = new MemoryItemStore();
    return { open: async () => ({ items }) };
  },
  durable: false,
});
