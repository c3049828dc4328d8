export { writeZipBomb, type ZipBombOptions } from './zip-bomb';
