// Ajv's verdict on each body: node verdicts.cjs SCHEMA_FILE BODIES_FILE [REFERRED_FILE...]
// (the files the schema refers to, by their $id, as a batch refers to the body schemas).
// Prints, per body, whether it is valid and the JSON Pointers of the members that fail, with a
// missing or unknown member named at its own pointer, as sessionspec names it.
"use strict";
const fs = require("fs");
const Ajv07 = require("ajv");
const Ajv2020 = require("ajv/dist/2020");

const [schemaFile, bodiesFile, ...referred] = process.argv.slice(2);
const read = (file) => JSON.parse(fs.readFileSync(file, "utf8"));
const schema = read(schemaFile);
const Ajv = schema.$schema.includes("2020-12") ? Ajv2020 : Ajv07;
const ajv = new Ajv({ allErrors: true });
for (const file of referred) ajv.addSchema(read(file));
const validate = ajv.compile(schema);

const escape = (key) => String(key).replace(/~/g, "~0").replace(/\//g, "~1");
const pointer = (error) => {
  const named = error.params.missingProperty ?? error.params.additionalProperty
    ?? error.params.propertyName;
  return named === undefined ? error.instancePath : `${error.instancePath}/${escape(named)}`;
};

const verdicts = JSON.parse(fs.readFileSync(bodiesFile, "utf8")).map((body) => {
  const valid = validate(body);
  // A bad key gives two errors: "propertyNames", which names the key, and the "pattern"
  // inside it, at the object; the first says it all. The events schema chooses an event
  // type's rules with "if": the rules that fail say it all, not the "if" that chose them.
  const errors = valid ? [] : validate.errors.filter(
    (error) => !error.schemaPath.includes("/propertyNames/") && error.keyword !== "if");
  const pointers = [...new Set(errors.map(pointer))].sort();
  return { valid, pointers };
});
process.stdout.write(JSON.stringify(verdicts));
