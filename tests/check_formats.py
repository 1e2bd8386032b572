"""Checks the machine-readable formats against each other and SARIF against its schema.

Usage: check_formats.py MTLINT SCHEMA ARTICLE...

For each article: the SARIF log validates against the official SARIF 2.1.0 schema; the JSON
document parses and lists exactly the findings of the text output at the same line and column;
JSON Lines, SARIF, GitHub annotations and Checkstyle give the same positions too.
"""
import json
import re
import subprocess
import sys
import xml.etree.ElementTree as ET

import jsonschema


def run(mtlint, fmt, article):
    done = subprocess.run([mtlint, "check", "-q", "--format", fmt, article],
                          capture_output=True, check=False)
    if done.returncode not in (0, 1):
        sys.exit(f"{article}: --format {fmt} exited {done.returncode}: {done.stderr.decode()}")
    return done.stdout.decode("utf-8")


def main():
    mtlint, schema_path, articles = sys.argv[1], sys.argv[2], sys.argv[3:]
    with open(schema_path, encoding="utf-8") as f:
        schema = json.load(f)
    for article in articles:
        text = [(int(m[1]), int(m[2]), m[3])
                for m in re.finditer(r"^.*?:(\d+):(\d+): \w+: .* \[([\w.-]+)\]$",
                                     run(mtlint, "text", article), re.M)]
        if not text:
            sys.exit(f"{article}: the text output has no findings; pick an article with some")

        doc = json.loads(run(mtlint, "json", article))
        assert doc["schema_version"] == 1 and doc["column_unit"] == "unicode_code_point"
        as_json = [(f["line"], f["column"], f["rule"]) for f in doc["findings"]]
        assert as_json == text, f"{article}: json {as_json} != text {text}"
        ends = [(f["end_line"], f["end_column"]) for f in doc["findings"]]

        lines = [json.loads(l) for l in run(mtlint, "jsonl", article).splitlines()]
        assert lines == doc["findings"], f"{article}: jsonl differs from json"

        sarif = json.loads(run(mtlint, "sarif", article))
        jsonschema.validate(sarif, schema)
        sarif_run = sarif["runs"][0]
        assert sarif_run["columnKind"] == "unicodeCodePoints"
        rule_ids = [r["id"] for r in sarif_run["tool"]["driver"]["rules"]]
        regions = []
        for r in sarif_run["results"]:
            reg = r["locations"][0]["physicalLocation"]["region"]
            regions.append((reg["startLine"], reg["startColumn"], r["ruleId"]))
            assert rule_ids[r["ruleIndex"]] == r["ruleId"]
            for fix in r.get("fixes", []):
                assert fix["artifactChanges"][0]["replacements"][0]["deletedRegion"]
        assert regions == text, f"{article}: sarif {regions} != text {text}"
        sarif_ends = [(r["locations"][0]["physicalLocation"]["region"]["endLine"],
                       r["locations"][0]["physicalLocation"]["region"]["endColumn"])
                      for r in sarif_run["results"]]
        assert sarif_ends == ends, f"{article}: sarif ends {sarif_ends} != json {ends}"

        github = [(int(m[1]), int(m[2]), m[5]) for m in re.finditer(
            r"^::\w+ file=[^,]*,line=(\d+),col=(\d+),endLine=(\d+),endColumn=(\d+),title=([^:]+)::",
            run(mtlint, "github", article), re.M)]
        assert github == text, f"{article}: github {github} != text {text}"

        root = ET.fromstring(run(mtlint, "checkstyle", article).encode("utf-8"))
        style = [(int(e.get("line")), int(e.get("column")), e.get("source").removeprefix("mtlint."))
                 for e in root.iter("error")]
        assert style == text, f"{article}: checkstyle {style} != text {text}"
        print(f"{article}: {len(text)} findings agree across text, json, jsonl, sarif (valid), "
              "github, checkstyle")


if __name__ == "__main__":
    main()
