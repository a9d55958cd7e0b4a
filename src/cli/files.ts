/**
 * The folder `--out` writes into and how it writes there: only into a writable folder of a file
 * system that holds files, and never through a symbolic link someone else planted at an output path.
 */
import { randomBytes } from 'node:crypto';
import { constants, type Stats } from 'node:fs';
import { access, mkdir, open, rename, stat, statfs, unlink } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { FileError, UsageError, reason } from './errors.js';

/**
 * Linux file systems that show the kernel's state as files but hold none of their own (`statfs`'s
 * `f_type`): writing there changes the system or fails in odd ways (creating a folder under `/proc`
 * makes Node's recursive `mkdir` loop for ever), so `--out` refuses them.
 */
const PSEUDO_FILE_SYSTEMS: ReadonlyMap<number, string> = new Map([
  [0x9fa0, 'proc'],
  [0x62656572, 'sysfs'],
  [0x64626720, 'debugfs'],
  [0x74726163, 'tracefs'],
  [0x73636673, 'securityfs'],
  [0x27e0eb, 'cgroup'],
  [0x63677270, 'cgroup2'],
  [0x1cd1, 'devpts'],
  [0x6165676c, 'pstore'],
  [0xcafe4a11, 'bpf'],
  [0x62656570, 'configfs'],
  [0xde5e81e4, 'efivarfs'],
  [0x65735543, 'fusectl'],
  [0x6e736673, 'nsfs'],
  [0xf97cff8c, 'selinuxfs'],
  [0x42494e4d, 'binfmt_misc'],
  [0x19800202, 'mqueue'],
]);

const NO_FOLLOW = constants.O_NOFOLLOW ?? 0;
/** A new file only: fails when anything (a file, a folder, a symbolic link, even a dangling one) has the name. */
const CREATE_NEW = constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | NO_FOLLOW;

/** What a path that is not a folder is, for the message. */
function kindOf(stats: Stats): string {
  if (stats.isCharacterDevice()) return 'a character device';
  if (stats.isBlockDevice()) return 'a block device';
  if (stats.isFIFO()) return 'a named pipe';
  if (stats.isSocket()) return 'a socket';
  return 'not a folder';
}

/** A {@link UsageError} when `path` (an existing folder) is on a file system of kernel state. */
async function expectRealFileSystem(dir: string, path: string): Promise<void> {
  const type = await statfs(path).then(
    (stats) => PSEUDO_FILE_SYSTEMS.get(Number(stats.type)),
    () => undefined,
  );
  if (type !== undefined) throw new UsageError(`--out ${dir} is on the ${type} file system, which holds no files: give a folder on a disk`);
}

/**
 * Makes `dir` ready for `--out`: an existing folder, or one created with its missing parents, on a
 * file system that holds files, and writable. A usage error (exit code 2) for a character device or
 * other special file, a folder under `/proc`, `/sys` and the like, or a folder that cannot be written;
 * a file error (exit code 1) when a regular file has the folder's name or the folder cannot be created.
 * The folders are created one at a time, so that no file system can make the creation loop.
 */
export async function prepareFolder(dir: string): Promise<void> {
  const missing: string[] = [];
  let path = resolve(dir);
  for (;;) {
    const stats = await stat(path).catch((error: NodeJS.ErrnoException) => {
      // Missing, or under a file that is no folder: what stands there is found further up.
      if (error.code === 'ENOENT' || error.code === 'ENOTDIR') return undefined;
      throw new FileError(`cannot create the folder ${dir}: ${reason(error)}`);
    });
    if (stats?.isFile()) throw new FileError(`cannot create the folder ${dir}: ${path === resolve(dir) ? 'a file of that name exists' : `${path} is a file`}`);
    if (stats && !stats.isDirectory()) throw new UsageError(`--out ${dir} is ${path === resolve(dir) ? '' : `inside ${path}, `}${kindOf(stats)}: give a folder`);
    if (stats) break;
    missing.unshift(path);
    const parent = dirname(path);
    if (parent === path) break;
    path = parent;
  }
  // The nearest folder that exists, before anything is created in it.
  await expectRealFileSystem(dir, path);
  for (const folder of missing) {
    await mkdir(folder).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'EEXIST') return;
      if (error.code === 'EACCES' || error.code === 'EPERM' || error.code === 'EROFS') {
        throw new UsageError(`--out ${dir} cannot be created: ${reason(error)}; give a folder you can write to`);
      }
      throw new FileError(`cannot create the folder ${dir}: ${reason(error)}`);
    });
  }
  await access(dir, constants.W_OK).catch((error: unknown) => {
    throw new UsageError(`--out ${dir} is not a folder you can write to: ${reason(error)}`);
  });
}

/**
 * Writes `contents` to `path` without ever following a symbolic link there: into a new temporary
 * file beside it (opened with `O_EXCL` and `O_NOFOLLOW`), then renamed over `path`, which replaces
 * whatever had the name (a symbolic link included) instead of writing into it. With `keepExisting`,
 * `path` is opened the same way and left as it is when anything has the name.
 */
export async function writeOutput(path: string, contents: string, keepExisting = false): Promise<void> {
  const target = keepExisting ? path : join(dirname(path), `.${basename(path)}.${process.pid}-${randomBytes(6).toString('hex')}.tmp`);
  let created = false;
  try {
    const file = await open(target, CREATE_NEW, 0o666);
    created = true;
    try {
      await file.writeFile(contents);
    } finally {
      await file.close();
    }
    if (!keepExisting) await rename(target, path);
  } catch (error) {
    if (keepExisting && (error as NodeJS.ErrnoException).code === 'EEXIST') return;
    if (!keepExisting && created) await unlink(target).catch(() => {});
    throw new FileError(`cannot write ${path}: ${reason(error)}`);
  }
}
