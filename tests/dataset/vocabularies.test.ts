import { suite } from "uvu";
import * as assert from "uvu/assert";
import { challenges, sectors } from "../../scripts/dataset/vocabularies.ts";
import { readSchema, SCHEMA_FILES, type SchemaNode } from "../../scripts/dataset/schema.ts";

const vocab = suite("vocabularies");

vocab("contain the three challenges of the founding text and further fields, each with label, description, colour", () => {
  const slugs = challenges().map((c) => c.slug);
  for (const slug of ["bildung", "quartier", "demografie", "uebergang-schule-beruf", "familie", "gesundheit-pflege", "klima-umwelt", "inklusion", "engagement"]) {
    assert.ok(slugs.includes(slug as never), slug);
  }
  for (const challenge of challenges()) {
    assert.ok(challenge.label.length > 3 && challenge.description.length > 20, challenge.slug);
    assert.match(challenge.color, /^#[0-9a-f]{6}$/);
  }
  assert.is(new Set(challenges().map((c) => c.color)).size, challenges().length, "colours are distinct");
});

vocab("contain the required partner sectors", () => {
  assert.equal(
    sectors().map((s) => s.slug),
    ["kommune", "unternehmen", "gemeinnuetzig", "kammer", "verband", "stiftung", "wissenschaft", "initiative"],
  );
});

vocab("every property of the schema has a German title and description; objects forbid unknown fields", () => {
  const visit = (node: SchemaNode, path: string) => {
    if (node.type === "object") {
      assert.is((node as { additionalProperties?: boolean }).additionalProperties, false, `${path}: additionalProperties`);
      for (const [key, child] of Object.entries(node.properties ?? {})) {
        assert.ok(child.title && child.description, `${path}.${key}: title und description`);
        visit(child, `${path}.${key}`);
      }
    }
    if (node.items) visit(node.items, `${path}[]`);
  };
  const root = readSchema(SCHEMA_FILES.network);
  visit(root, "");
  visit(root.$defs!.condition!, "$defs.condition");
});

vocab.run();
