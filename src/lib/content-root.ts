/**
 * Where content is read from: `content/` by default; `CONTENT_DIR` points the build at
 * another folder (the benchmark's generated corpora, the integration tests' fixture site).
 */
export function contentRoot(): string {
  return process.env['CONTENT_DIR'] ?? './content';
}
