// Reading a SQLite write-ahead log as an insider with a copy of the files would: its valid frames,
// grouped into commits (SQLite's documented file format), for the tests that replay it.

export interface WalCommit {
  pages: Map<number, Buffer>;
  pageCount: number;
}

export function walCommits(wal: Buffer): { pageSize: number; commits: WalCommit[] } {
  const pageSize = wal.readUInt32BE(8);
  const salts = [wal.readUInt32BE(16), wal.readUInt32BE(20)];
  const commits: WalCommit[] = [];
  let pages = new Map<number, Buffer>();
  for (let at = 32; at + 24 + pageSize <= wal.length; at += 24 + pageSize) {
    if (wal.readUInt32BE(at + 8) !== salts[0] || wal.readUInt32BE(at + 12) !== salts[1]) break;
    pages.set(wal.readUInt32BE(at), wal.subarray(at + 24, at + 24 + pageSize));
    const pageCount = wal.readUInt32BE(at + 4);
    if (pageCount > 0) {
      commits.push({ pages, pageCount });
      pages = new Map();
    }
  }
  return { pageSize, commits };
}
