#!/usr/bin/env bash
# `pnpm check:generated`: regenerates every generated file (each subgraph's SDL, the supergraph and the
# API schema, the partner docs, the portal's GraphQL types) and fails when any differs from what is committed, so a
# change to a resolver or a document cannot land without the files that follow from it.
set -euo pipefail
cd "$(dirname "$0")/.."
pnpm -s schemas >/dev/null
pnpm -s compose >/dev/null
pnpm -s codegen >/dev/null
generated=(services/*/schema.graphql services/*/partner-access.json gateway/supergraph.graphql gateway/api-schema.graphql gateway/partner-docs frontends/*/src/gql frontends/shell/src/partner-docs/partner-docs.json)
if ! git diff --quiet -- "${generated[@]}" || [ -n "$(git ls-files --others --exclude-standard -- "${generated[@]}")" ]; then
  echo "generated files differ from the committed ones: run pnpm schemas, pnpm compose and pnpm codegen, and commit the result" >&2
  git status --short -- "${generated[@]}" >&2
  git diff --stat -- "${generated[@]}" >&2
  exit 1
fi
echo "generated files are up to date"
