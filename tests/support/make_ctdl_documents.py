#!/usr/bin/env python3
"""Writes a CTDL @graph of synthetic credentials, shaped like tests/bench/ctdl_bench.cpp's, for
timing `cairn-cli import-ctdl` end to end (reading, mapping, validating, writing the workspace).

    python3 tests/support/make_ctdl_documents.py --credentials 10000 --out /tmp/ctdl.json
"""
import argparse
import json


def uuid(kind, i):
    return f"{kind:08x}-0000-4000-8000-{i:012d}"


def credential(i):
    ctid = "ce-" + uuid(1, i)
    node = {
        "@id": "https://credentialengineregistry.org/resources/" + ctid,
        "@type": "ceterms:Course" if i % 3 == 0 else "ceterms:Certification",
        "ceterms:ctid": ctid,
        "ceterms:name": {"en-US": f"Synthetic credential {i}", "es": f"Credencial sintética {i}"},
        "ceterms:ownedBy": [f"_:org{i % 50}"],
        "ceterms:estimatedCost": [
            {"@type": "ceterms:CostProfile", "ceterms:price": 100 + i % 900, "ceterms:currency": "US Dollar",
             "ceterms:directCostType": {"ceterms:targetNode": "costType:Tuition"}},
            {"@type": "ceterms:CostProfile", "ceterms:price": 25.5, "ceterms:currency": "USD",
             "ceterms:directCostType": {"ceterms:targetNode": "costType:ProgramSpecificFee"}}],
        "ceterms:estimatedDuration": [
            {"@type": "ceterms:DurationProfile", "ceterms:exactDuration": f"PT{10 + i % 90}H"} if i % 2 == 0 else
            {"@type": "ceterms:DurationProfile", "ceterms:minimumDuration": "P2W", "ceterms:maximumDuration": "P4W"}],
        "ceterms:teaches": [
            {"@type": "ceterms:CredentialAlignmentObject", "ceterms:framework": "https://example.org/framework",
             "ceterms:targetNode": f"https://example.org/competency/{(i * 7 + k * 13) % 500}",
             "ceterms:targetNodeName": {"en-US": f"Competency {(i * 7 + k * 13) % 500}"}} for k in range(3)],
    }
    if i > 0:
        target = "ce-" + (uuid(2, i) if i % 10 == 0 else uuid(1, (i * 31) % i))
        node["ceterms:requires"] = [{"@type": "ceterms:ConditionProfile", "ceterms:requiredNumber": 1,
                                     "ceterms:targetCredential": [
                                         "https://credentialengineregistry.org/resources/" + target]}]
    return node


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--credentials", type=int, required=True)
    ap.add_argument("--out", required=True)
    a = ap.parse_args()
    graph = [credential(i) for i in range(a.credentials)]
    graph += [{"@id": f"_:org{o}", "@type": "ceterms:CredentialOrganization",
               "ceterms:name": {"en-US": f"Organisation {o}"}} for o in range(50)]
    with open(a.out, "w", encoding="utf-8") as f:
        json.dump({"@context": "https://credreg.net/ctdl/schema/context/json", "@graph": graph}, f,
                  ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
