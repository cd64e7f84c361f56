// A concurrent writer for test/concurrent-write.test.ts: appends unique lines to the given files,
// round-robin, each with its own open/append/close (as `echo … >> file` does), until the file
// named STOP exists, pausing PAUSE_MS after each line; then prints what it appended as JSON ({ file: [lines] }) on stdout.
import { appendFileSync, existsSync } from 'node:fs';

const [stop, pauseMs, ...files] = process.argv.slice(2);
const pause = new Int32Array(new SharedArrayBuffer(4));
const letters = (n) => {
  let s = '';
  do {
    s = String.fromCharCode(97 + (n % 26)) + s;
    n = Math.floor(n / 26);
  } while (n > 0);
  return s;
};
const appended = Object.fromEntries(files.map((f) => [f, []]));
let n = 0;
while (!existsSync(stop)) {
  for (const file of files) {
    const code = letters(n++ + 26 * 26);
    const line = `Residents of ward ${code} said the ferry timetable should change before the winter season begins.`;
    appendFileSync(file, `${line}\n`);
    appended[file].push(line);
    if (Number(pauseMs) > 0) Atomics.wait(pause, 0, 0, Number(pauseMs));
  }
  if (n === files.length) process.stderr.write('started\n');
}
process.stdout.write(JSON.stringify(appended));
