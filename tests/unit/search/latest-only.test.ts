import { describe, expect, it } from 'vitest';
import { latestOnly, SupersededError } from '../../../src/lib/search/latest-only.ts';

/** A task whose calls finish only when the test says so. */
function controlledTask() {
  const started: string[] = [];
  const finishers = new Map<string, (value: string) => void>();
  const failers = new Map<string, (error: Error) => void>();
  const task = (query: string) =>
    new Promise<string>((resolve, reject) => {
      started.push(query);
      finishers.set(query, (value) => resolve(value));
      failers.set(query, reject);
    });
  const finish = async (query: string) => {
    finishers.get(query)!(`kết quả ${query}`);
    await new Promise((resolve) => setTimeout(resolve, 0));
  };
  const fail = async (query: string) => {
    failers.get(query)!(new Error(`lỗi ${query}`));
    await new Promise((resolve) => setTimeout(resolve, 0));
  };
  return { task, started, finish, fail };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('latestOnly: mỗi lúc một lần tìm, chỉ lần mới nhất chờ đến lượt', () => {
  it('gõ nhanh: các truy vấn ở giữa bị bỏ, truy vấn cuối chạy ngay sau lần đang chạy', async () => {
    const { task, started, finish } = controlledTask();
    const search = latestOnly(task);
    const first = search('do');
    const middle = [search('doa'), search('doan'), search('doan k')];
    const last = search('doan ket');
    const outcomes = Promise.allSettled(middle);
    await settle();
    expect(started).toEqual(['do']);

    await finish('do');
    expect(await first).toBe('kết quả do');
    expect(started).toEqual(['do', 'doan ket']);
    for (const outcome of await outcomes) {
      expect(outcome.status).toBe('rejected');
      expect((outcome as PromiseRejectedResult).reason).toBeInstanceOf(SupersededError);
    }
    await finish('doan ket');
    expect(await last).toBe('kết quả doan ket');
  });

  it('không có gì đang chạy thì chạy ngay, lần lượt từng lần', async () => {
    const { task, started, finish } = controlledTask();
    const search = latestOnly(task);
    const a = search('hang viet');
    await settle();
    await finish('hang viet');
    expect(await a).toBe('kết quả hang viet');
    const b = search('nong thon moi');
    await settle();
    expect(started).toEqual(['hang viet', 'nong thon moi']);
    await finish('nong thon moi');
    expect(await b).toBe('kết quả nong thon moi');
  });

  it('một lần tìm lỗi thì lỗi đến đúng người gọi, và lần chờ sau vẫn chạy', async () => {
    const { task, started, fail, finish } = controlledTask();
    const search = latestOnly(task);
    const failing = search('mttq');
    const next = search('mat tran');
    const failed = failing.catch((error: Error) => error.message);
    await settle();
    await fail('mttq');
    expect(await failed).toBe('lỗi mttq');
    expect(started).toEqual(['mttq', 'mat tran']);
    await finish('mat tran');
    expect(await next).toBe('kết quả mat tran');
  });

  it('tác vụ ném lỗi ngay khi gọi cũng là một lần lỗi, không làm kẹt hàng chờ', async () => {
    const search = latestOnly((query: string) => {
      if (query === 'hỏng') throw new Error('hỏng ngay');
      return Promise.resolve(`kết quả ${query}`);
    });
    await expect(search('hỏng')).rejects.toThrow('hỏng ngay');
    expect(await search('tốt')).toBe('kết quả tốt');
  });
});
