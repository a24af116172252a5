/** Setup file of every test file: what the file's tests made in the temporary directory goes when they end. */
import { afterAll } from 'vitest';
import { removeTempFolders } from './temp.ts';

afterAll(() => removeTempFolders());
