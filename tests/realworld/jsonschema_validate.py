# requires: jsonschema
# jsonschema: validating documents, collecting errors, formats, $ref.
import jsonschema
from jsonschema import Draft7Validator, Draft202012Validator, validate, ValidationError, FormatChecker
from jsonschema.exceptions import best_match

schema = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "type": "object",
    "properties": {
        "name": {"type": "string", "minLength": 2},
        "age": {"type": "integer", "minimum": 0, "maximum": 150},
        "email": {"type": "string", "format": "email"},
        "tags": {"type": "array", "items": {"type": "string"}, "uniqueItems": True},
        "address": {"$ref": "#/$defs/address"},
        "kind": {"enum": ["a", "b"]},
    },
    "required": ["name", "age"],
    "additionalProperties": False,
    "$defs": {"address": {"type": "object", "properties": {"zip": {"type": "string", "pattern": "^[0-9]{5}$"}}, "required": ["zip"]}},
}
good = {"name": "Ann", "age": 30, "tags": ["x", "y"], "address": {"zip": "12345"}, "kind": "a"}
bad = {"name": "A", "age": -1, "tags": ["x", "x", 3], "address": {"zip": "12"}, "kind": "c", "extra": 1, "email": "nope"}
v = Draft202012Validator(schema, format_checker=FormatChecker())
print(v.is_valid(good), v.is_valid(bad))
for err in sorted(v.iter_errors(bad), key=lambda e: (list(e.absolute_path), e.validator)):
    print(list(err.absolute_path), err.validator, err.message)
print(best_match(v.iter_errors(bad)).message)
try:
    validate({"name": "Bo"}, schema)
except ValidationError as e:
    print("ValidationError", e.message, list(e.schema_path))
d7 = Draft7Validator({"type": "array", "items": [{"type": "integer"}, {"type": "string"}], "additionalItems": False, "minItems": 1})
print([e.message for e in d7.iter_errors([1, 2, 3])])
print(Draft7Validator({"oneOf": [{"type": "integer"}, {"type": "number", "multipleOf": 0.5}]}).is_valid(2))
print([e.message for e in Draft7Validator({"if": {"properties": {"a": {"const": 1}}}, "then": {"required": ["b"]}}).iter_errors({"a": 1})])
print(jsonschema.validators.validator_for(schema).__name__, Draft7Validator.check_schema({"type": "object"}))
try:
    Draft7Validator.check_schema({"type": 5})
except jsonschema.SchemaError as e:
    print("SchemaError", e.message)
tree = jsonschema.ErrorTree(v.iter_errors(bad))
print(sorted(tree.errors), "address" in tree, tree.total_errors)
