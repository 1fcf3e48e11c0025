import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { canTraverse, reachableBinaries } from './embedded-database';

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

describe('reachableBinaries (can the postgres OS user run the server binaries?)', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'wce-bins-'));
  const native = path.join(root, 'private', 'pkg', 'native');
  fs.mkdirSync(path.join(native, 'bin'), { recursive: true });
  fs.mkdirSync(path.join(native, 'lib'), { recursive: true });
  const binaries = { initdb: path.join(native, 'bin', 'initdb'), postgres: path.join(native, 'bin', 'postgres') };
  fs.writeFileSync(binaries.initdb, '#!/bin/sh\n', { mode: 0o755 });
  fs.writeFileSync(binaries.postgres, '#!/bin/sh\necho postgres\n', { mode: 0o755 });
  fs.writeFileSync(path.join(native, 'lib', 'libpq.so.5.18'), 'lib');
  fs.symlinkSync('libpq.so.5.18', path.join(native, 'lib', 'libpq.so.5'));
  const home = path.join(root, 'home');
  fs.mkdirSync(home);
  const owner = fs.statSync(root);
  const user = { uid: owner.uid + 1, gid: owner.gid + 1, home };

  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

  it('uses them where they are when the user can reach them, and without a user to run as', () => {
    fs.chmodSync(path.join(root, 'private'), 0o755);
    if (canTraverse(native, user)) expect(reachableBinaries(binaries, user)).toEqual(binaries);
    expect(reachableBinaries(binaries, undefined)).toEqual(binaries);
  });

  it("copies the package's native folder once into the user's home when it cannot, keeping modes and symlinks", () => {
    fs.chmodSync(path.join(root, 'private'), 0o700);
    const messages: string[] = [];
    const moved = reachableBinaries(binaries, user, (m) => messages.push(m));
    expect(path.dirname(path.dirname(moved.postgres))).toMatch(new RegExp(`^${home}/wce-embedded/binaries-[0-9a-f]{12}$`));
    expect(path.relative(path.dirname(path.dirname(moved.postgres)), moved.initdb)).toBe(path.join('bin', 'initdb'));
    expect(fs.statSync(moved.postgres).mode & 0o777).toBe(0o755);
    expect(fs.readlinkSync(path.join(path.dirname(path.dirname(moved.postgres)), 'lib', 'libpq.so.5'))).toBe('libpq.so.5.18');
    expect(messages).toHaveLength(1);

    expect(reachableBinaries(binaries, user, (m) => messages.push(m))).toEqual(moved);
    expect(messages).toHaveLength(1); // the copy is reused
  });
});
