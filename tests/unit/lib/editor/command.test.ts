/** The editor commands' shared frame (command.ts): plain output, the exit status, stopping. */
import { describe, expect, it } from 'vitest';
import { plainOutput, runCommand, stop, terminalContext } from '../../../../src/lib/editor/command.ts';

function recorded() {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out,
    err,
    output: plainOutput(
      (text) => out.push(text),
      (text) => err.push(text),
    ),
  };
}

describe('lệnh của trình sửa: lời báo và mã thoát', () => {
  it('không có người ở bàn phím (như khi chạy kiểm thử): không hỏi, in dòng thường', () => {
    const context = terminalContext('noi-dung');
    expect(context.root).toBe('noi-dung');
    expect(context.prompter).toBeUndefined();
  });

  it('in dòng thường: kết quả ra đầu ra chuẩn, cảnh báo và lỗi ra đầu ra lỗi, không có khung mở đầu', async () => {
    const { out, err, output } = recorded();
    const status = await runCommand(output, async () => {
      output.intro('Mở đầu');
      output.note('Đã nhận ra 3 mục.', 'Đã nhận ra');
      output.warn('Lưu ý.');
      output.outro('Đã ghi.');
    });
    expect(status).toBe(0);
    expect(out).toEqual(['Đã nhận ra 3 mục.', 'Đã ghi.']);
    expect(err).toEqual(['Lưu ý.']);
  });

  it('dừng: lời báo ra đầu ra lỗi, mã thoát 1', async () => {
    const { out, err, output } = recorded();
    expect(await runCommand(output, async () => stop('Thiếu tệp kế hoạch.'))).toBe(1);
    expect(err).toEqual(['Thiếu tệp kế hoạch.']);
    expect(out).toEqual([]);
  });

  it('lỗi không phải lời báo (lỗi của chương trình) không bị nuốt', async () => {
    const { output } = recorded();
    await expect(
      runCommand(output, async () => {
        throw new TypeError('lỗi lập trình');
      }),
    ).rejects.toThrow(TypeError);
  });
});
