/**
 * Runs `@forge/manifest`'s FULL validation, the library behind `forge lint` (which itself cannot
 * run offline), on a manifest text.
 *
 * The processor takes only a manifest FILE PATH: it reads the YAML from disk and resolves resource
 * paths and handler files (`src/<file>.ts`) against that file's directory. So the text is written to
 * a temporary directory that mirrors the app directory through symlinks, which lets a mutated
 * manifest be validated against the real app files without touching the app directory.
 */
import { mkdtempSync, readdirSync, rmdirSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ProcessorBuilder, ValidationTypes, type ValidationError } from '@forge/manifest';
import { PROBLEM, type ManifestProblem } from './problem';

const MANIFEST_FILE = 'manifest.yml';

function toProblem({ level, reference, message, line }: ValidationError): ManifestProblem {
  return { code: PROBLEM.forgeValidation, message: `${level} ${reference} (line ${line ?? '?'}): ${message}` };
}

async function validateFile(manifestPath: string): Promise<ManifestProblem[]> {
  try {
    const result = await ProcessorBuilder.instance().withValidation(ValidationTypes.FULL).build().process(manifestPath);
    // Warnings count too: a clean `forge lint` is the bar, and the library reports few of them.
    const problems = (result.errors ?? []).map(toProblem);
    if (!result.success && problems.length === 0) {
      return [{ code: PROBLEM.forgeValidation, message: 'FULL validation failed without reporting an error' }];
    }
    return problems;
  } catch (error) {
    // Some validators dereference fields the schema step already rejected, and then throw.
    return [{ code: PROBLEM.forgeValidation, message: `FULL validation threw: ${String(error)}` }];
  }
}

export async function runFullValidation(manifestText: string, appDir: string): Promise<ManifestProblem[]> {
  const mirror = mkdtempSync(join(tmpdir(), 'manifest-check-'));
  const created: string[] = [];
  try {
    for (const entry of readdirSync(appDir)) {
      if (entry === MANIFEST_FILE) continue;
      const link = join(mirror, entry);
      symlinkSync(join(appDir, entry), link);
      created.push(link);
    }
    const manifestPath = join(mirror, MANIFEST_FILE);
    writeFileSync(manifestPath, manifestText);
    created.push(manifestPath);
    return await validateFile(manifestPath);
  } finally {
    // Unlink one by one rather than a recursive rm, so nothing can ever follow a link into the app.
    for (const file of created) unlinkSync(file);
    rmdirSync(mirror);
  }
}
