#!/usr/bin/env bash
# What the carclaims action does, as a plain script: action.yml runs it on GitHub, and the test
# suite runs it in a temporary git repository. Settings come from the environment:
#   CARCLAIMS_ARTICLES  articles, files or folders, separated by spaces (default data/seeds/)
#   CARCLAIMS_LEDGERS   the committed ledgers (default data/extracted/)
#   CARCLAIMS_BASE      a git revision: articles changed since it are compared with the corpus
#                       (ignored when the revision is not in the clone, as on a first push)
#   CARCLAIMS_FAIL_ON   error or warning: the lowest severity that fails the job (default error)
#   CARCLAIMS_FORMAT    github (annotations on the articles' lines), text, table, json, markdown
#   CARCLAIMS_EXTRACTED where fresh ledgers are written, for an artifact (default: $RUNNER_TEMP)
#   GITHUB_STEP_SUMMARY the Markdown report is appended here when set
set -uo pipefail

read -r -a articles <<< "${CARCLAIMS_ARTICLES:-data/seeds/}"
ledgers=${CARCLAIMS_LEDGERS:-data/extracted/}
fail_on=${CARCLAIMS_FAIL_ON:-error}
format=${CARCLAIMS_FORMAT:-github}
extracted=${CARCLAIMS_EXTRACTED:-${RUNNER_TEMP:-${TMPDIR:-/tmp}}/carclaims-extracted}

base_args=()
base=${CARCLAIMS_BASE:-}
if [ -n "$base" ] && git cat-file -e "${base}^{commit}" 2>/dev/null; then
  base_args=(--base "$base")
fi

# fresh ledgers of every article, kept for an artifact (check compares them with the committed ones)
carclaims extract "${articles[@]}" --out "$extracted" -q
echo "extracted=$extracted" >> "${GITHUB_OUTPUT:-/dev/null}"

carclaims check "${articles[@]}" --ledgers "$ledgers" "${base_args[@]}" --format "$format" --fail-on "$fail_on"
status=$?

if [ -n "${GITHUB_STEP_SUMMARY:-}" ]; then
  link_args=()
  if [ -n "${GITHUB_SERVER_URL:-}" ] && [ -n "${GITHUB_REPOSITORY:-}" ] && [ -n "${GITHUB_SHA:-}" ]; then
    link_args=(--link-base "$GITHUB_SERVER_URL/$GITHUB_REPOSITORY/blob/$GITHUB_SHA")
  fi
  carclaims check "${articles[@]}" --ledgers "$ledgers" "${base_args[@]}" --format markdown \
    --fail-on "$fail_on" "${link_args[@]}" >> "$GITHUB_STEP_SUMMARY"
fi
exit "$status"
