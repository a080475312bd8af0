// `pnpm start`'s log files: one per process under the log folder, rotated by size the way logrotate
// numbers them (name.log, name.log.1 … name.log.<keep>, oldest dropped), so a long run never fills the disk.
import { createStream } from 'rotating-file-stream';

/**
 * A writable log file that rotates once it passes `maxSize`; the same stream outlives restarts of
 * its process, so a restarted service keeps writing where it was.
 * @param {string} dir the log folder
 * @param {string} name the process (the file is <name>.log)
 * @param {{ maxSize: string, keep: number }} limits maxSize as rotating-file-stream reads it ('10M', '512K', '300B')
 */
export function openLogFile(dir, name, { maxSize, keep }) {
  // with `rotate`, a plain name is numbered logrotate's way: <name>.log.1 is the newest rotated file
  return createStream(`${name}.log`, {
    path: dir,
    size: maxSize,
    rotate: keep,
  });
}
