import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { canTraverse } from './embedded-database';

describe('canTraverse (can the postgres OS user reach the data folder?)', () => {
  const base = fs.mkdtempSync(path.join(os.tmpdir(), 'wce-trav-'));
  const middle = path.join(base, 'a');
  const inner = path.join(middle, 'b');
  fs.mkdirSync(inner, { recursive: true });
  fs.chmodSync(base, 0o755);
  const owner = fs.statSync(middle);
  const stranger = { uid: 65533, gid: 65533 };
  const strangerReachesBase = canTraverse(base, stranger); // depends on the temp folder's parents

  afterAll(() => fs.chmodSync(middle, 0o755));

  it('needs the x bit for others on every folder when the user neither owns it nor is in its group', () => {
    fs.chmodSync(middle, 0o755);
    expect(canTraverse(inner, stranger)).toBe(strangerReachesBase);
    fs.chmodSync(middle, 0o750);
    expect(canTraverse(inner, stranger)).toBe(false);
  });

  it('uses the owner and group bits for the owner and the group', () => {
    fs.chmodSync(middle, 0o700);
    expect(canTraverse(middle, { uid: 65533, gid: owner.gid })).toBe(false);
    fs.chmodSync(middle, 0o710);
    expect(canTraverse(middle, { uid: 65533, gid: owner.gid })).toBe(canTraverse(base, { uid: 65533, gid: owner.gid }));
    fs.chmodSync(middle, 0o077);
    expect(canTraverse(middle, { uid: owner.uid, gid: 65533 })).toBe(false);
  });

  it('is false for a missing folder', () => {
    expect(canTraverse(path.join(base, 'missing'), stranger)).toBe(false);
  });
});
