#!/bin/sh
# Plans each oversized input under a 2 GiB address-space limit and checks for a clean refusal:
# the expected exit code and message, never a crash (SIGSEGV, std::bad_alloc) or the kernel's
# out-of-memory killer. Usage: oversized_inputs.sh CAIRN-CLI DATA-DIR RESOURCES-DIR
set -u
cli=$1 data=$2 resources=$3
failures=0

# expect CODE TEXT ARGS...: run `cairn-cli plan ARGS` and check its exit code and output.
expect() {
    code=$1 text=$2
    shift 2
    output=$(prlimit --as=2147483648 "$cli" plan "$@" 2>&1)
    status=$?
    if [ "$status" -ne "$code" ] || ! printf '%s' "$output" | grep -qF -- "$text"; then
        echo "FAIL: plan $* exited $status (expected $code, saying '$text'):"
        printf '%s\n' "$output"
        failures=$((failures + 1))
    else
        echo "ok: plan $* exited $status"
    fi
}

expect 1 "--budget 1e17 is out of range" --profile "$resources/profiles/sample-career-changer.json" --budget 1e17
for file in hours-1e9 hours-1e15 hours-2147483648 hours-1e300; do
    expect 1 "hours must be a number from 0 to 100,000" --catalog "$data/$file.json" \
        --profile "$data/profile-budget-100.json"
done
expect 1 "cost must be a number from 0 to 1,000,000,000" --catalog "$data/cost-1e18.json" \
    --profile "$data/profile-budget-100.json"
expect 1 "weeks must be a whole number from 1 to 520" --catalog "$data/weeks-2000000000.json" \
    --profile "$data/profile-budget-100.json"
expect 3 "2200-12-31" --catalog "$data/hours-100000.json" --profile "$data/profile-one-hour-a-week.json"
exit $failures
