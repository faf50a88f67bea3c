#!/usr/bin/env node
// Validates SARIF logs against the official SARIF 2.1.0 JSON schema (draft-04: ajv-draft-04 + ajv-formats).
//
//   node scripts/validate-sarif.mjs <schema.json> <log.sarif>...
//
// Exit code 0 when every log is valid, 1 when one is not (its errors are printed), 2 on a usage error.
import fs from 'node:fs';
import Ajv04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';

const [schemaFile, ...logs] = process.argv.slice(2);
if (!schemaFile || logs.length === 0) {
  console.error('usage: node scripts/validate-sarif.mjs <sarif-schema-2.1.0.json> <log.sarif>...');
  process.exit(2);
}
const ajv = new Ajv04({ allErrors: true, strict: false });
addFormats(ajv);
const validate = ajv.compile(JSON.parse(fs.readFileSync(schemaFile, 'utf8')));
let failed = 0;
for (const file of logs) {
  const log = JSON.parse(fs.readFileSync(file, 'utf8'));
  const results = (log.runs ?? []).reduce((n, run) => n + (run.results?.length ?? 0), 0);
  if (validate(log)) {
    console.log(`valid SARIF 2.1.0: ${file} (${results} result(s), ${log.runs?.[0]?.tool?.driver?.rules?.length ?? 0} rule(s))`);
  } else {
    failed += 1;
    console.log(`INVALID SARIF: ${file}`);
    for (const e of validate.errors ?? []) console.log(`  ${e.instancePath || '(root)'} ${e.message}`);
  }
}
process.exit(failed ? 1 : 0);
