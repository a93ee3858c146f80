/** @module Finds the peers of issue 8 (Mockoon CLI, WireMock, autocannon), installing them into bench/peers the first time. */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Why a peer cannot take part: the benchmark prints it as a "skipped: …" row instead of failing. */
export class PeerUnavailable extends Error {
  override name = 'PeerUnavailable';
}

export interface Peers {
  /** `node <this> start …` runs the Mockoon CLI. */
  mockoonCli: string;
  /** `java -jar <this> …` runs WireMock standalone (the jar ships inside the npm package). */
  wiremockJar: string;
  /** `node <this> …` runs autocannon. */
  autocannon: string;
}

const dir = fileURLToPath(new URL('.', import.meta.url));
const modules = `${dir}node_modules`;

let installing: Promise<void> | undefined;

/**
 * The peers live in their own package (bench/peers/package.json) so the root `npm ci` that CI runs
 * stays lean; the first `npm run bench` installs them from the committed lock file.
 * @example const { mockoonCli } = await peer('mockoonCli')
 */
export async function peer<K extends keyof Peers>(name: K): Promise<Peers[K]> {
  installing ??= install();
  await installing;
  return locate[name]();
}

/** The installed version of a peer package, for the table's labels; '' when it is not installed. */
export function peerVersion(pkg: string): string {
  try {
    return (JSON.parse(readFileSync(`${modules}/${pkg}/package.json`, 'utf8')) as { version: string }).version;
  } catch {
    return '';
  }
}

async function install(): Promise<void> {
  if (existsSync(modules)) return;
  process.stderr.write('hookbench bench: installing the peers (Mockoon CLI, WireMock, autocannon) once: npm ci --prefix bench/peers …\n');
  const result = spawnSync('npm', ['ci', '--prefix', dir, '--no-audit', '--no-fund'], { stdio: ['ignore', 2, 2], shell: process.platform === 'win32' });
  if (result.status !== 0) {
    throw new PeerUnavailable(`npm ci --prefix bench/peers failed (${result.error?.message ?? `exit ${result.status}`}); run it by hand to see why`);
  }
}

const locate: { [K in keyof Peers]: () => Peers[K] } = {
  mockoonCli: () => existing(`${modules}/@mockoon/cli/bin/run.js`, '@mockoon/cli'),
  autocannon: () => existing(`${modules}/autocannon/autocannon.js`, 'autocannon'),
  wiremockJar() {
    const build = existing(`${modules}/wiremock/build`, 'wiremock');
    const jar = readdirSync(build).find((f) => f.endsWith('.jar'));
    if (!jar) throw new PeerUnavailable(`no jar in ${build}: reinstall with rm -rf bench/peers/node_modules`);
    const java = spawnSync('java', ['-version'], { stdio: 'ignore' });
    if (java.status !== 0) throw new PeerUnavailable('WireMock needs Java 11+ on the PATH (apt-get install openjdk-17-jre-headless)');
    return `${build}/${jar}`;
  },
};

function existing(path: string, pkg: string): string {
  if (!existsSync(path)) throw new PeerUnavailable(`${pkg} is missing from bench/peers/node_modules: rm -rf bench/peers/node_modules and run the bench again`);
  return path;
}
