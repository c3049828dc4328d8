#!/usr/bin/env bash
# Smoke steps for the several-process deployment (compose.yaml, or the same topology by hand).
# Needs curl and jq. Every value has a default matching infra/compose.yaml and infra/nginx.conf:
#   PROXY=http://127.0.0.1:8080  API_A=http://127.0.0.1:4001  API_B=http://127.0.0.1:4002
#   METRICS=http://127.0.0.1:9464/metrics  ADMIN_USER=admin  ADMIN_PASSWORD (required)  COUNTY (the admin's county)
#   KILL_CMD: a shell command run while a solve is in progress, with $SCENARIO_ID set; it should SIGKILL
#             the worker that logged "scenario $SCENARIO_ID: attempt 1 started" (see infra/README.md).
set -euo pipefail
PROXY=${PROXY:-http://127.0.0.1:8080}
API_A=${API_A:-http://127.0.0.1:4001}
API_B=${API_B:-http://127.0.0.1:4002}
METRICS=${METRICS:-http://127.0.0.1:9464/metrics}
ADMIN_USER=${ADMIN_USER:-admin}
: "${ADMIN_PASSWORD:?set ADMIN_PASSWORD}"
: "${COUNTY:?set COUNTY to a county code in the administrator region}"

step() { printf '\n== %s\n' "$*"; }
# gql URL TOKEN QUERY VARIABLES-JSON -> the JSON answer (headers to /tmp/junheng-smoke.headers)
gql() {
  local auth=()
  if [ -n "$2" ]; then auth=(-H "authorization: Bearer $2"); fi
  curl -sS -D /tmp/junheng-smoke.headers -H 'content-type: application/json' "${auth[@]}" \
    --data "$(jq -cn --arg q "$3" --argjson v "$4" '{query: $q, variables: $v}')" "$1/graphql"
}
header() { grep -i "^$1:" /tmp/junheng-smoke.headers | tr -d '\r' | cut -d' ' -f2- || true; }

step "health and readiness through the proxy"
curl -sS "$PROXY/health"; echo
curl -sS "$PROXY/ready"; echo

step "log in through the proxy"
ADMIN=$(gql "$PROXY" "" 'mutation Login($u: String!, $p: String!) { login(username: $u, password: $p) { token } }' \
  "$(jq -cn --arg u "$ADMIN_USER" --arg p "$ADMIN_PASSWORD" '{u: $u, p: $p}')" | jq -er .data.login.token)
echo "admin token: ${#ADMIN} characters; request id $(header x-request-id)"

step "a user deleted through API A is refused by API B at its next request"
NAME="smoke-$(date +%s)"
gql "$API_A" "$ADMIN" 'mutation($i: CreateUserInput!) { createUser(input: $i) { id } }' \
  "$(jq -cn --arg u "$NAME" --arg c "$COUNTY" '{i: {username: $u, displayName: "冒烟测试", password: "smoke-pass-1234", role: "VIEWER", regionCode: $c}}')" >/dev/null
LOGIN=$(gql "$API_A" "" 'mutation Login($u: String!, $p: String!) { login(username: $u, password: $p) { token user { id } } }' \
  "$(jq -cn --arg u "$NAME" '{u: $u, p: "smoke-pass-1234"}')")
USER_TOKEN=$(jq -er .data.login.token <<<"$LOGIN"); USER_ID=$(jq -er .data.login.user.id <<<"$LOGIN")
echo "B before: $(gql "$API_B" "$USER_TOKEN" '{ me { username } }' '{}' | jq -c .)"
echo "A delete: $(gql "$API_A" "$ADMIN" 'mutation($id: ID!) { deleteUser(id: $id) }' "$(jq -cn --arg id "$USER_ID" '{id: $id}')" | jq -c .)"
echo "B after:  $(gql "$API_B" "$USER_TOKEN" '{ me { username } }' '{}' | jq -c '.errors[0].extensions.code')"

step "a scenario solved by the workers; the worker solving it is killed"
SCENARIO_ID=$(gql "$PROXY" "$ADMIN" 'mutation($i: CreateScenarioInput!) { createScenario(input: $i) { id } }' \
  "$(jq -cn --arg c "$COUNTY" '{i: {countyCode: $c, name: "冒烟测试方案", budgetCap: 200000, timeLimitSeconds: 20}}')" | jq -er .data.createScenario.id)
gql "$PROXY" "$ADMIN" 'mutation($id: ID!) { runScenario(id: $id) { status } }' "$(jq -cn --arg id "$SCENARIO_ID" '{id: $id}')" | jq -c .
status() { gql "$PROXY" "$ADMIN" 'query($id: ID!) { scenario(id: $id) { status progress { stage } } }' "$(jq -cn --arg id "$SCENARIO_ID" '{id: $id}')"; }
until [ "$(status | jq -r .data.scenario.progress.stage)" = SOLVING ]; do sleep 0.2; done
if [ -n "${KILL_CMD:-}" ]; then
  export SCENARIO_ID; bash -c "$KILL_CMD"; KILLED=$(date +%s); echo "killed at $(date -u +%T)"
fi
until [[ "$(status | jq -r .data.scenario.status)" =~ ^(SOLVED|FAILED)$ ]]; do sleep 1; done
echo "scenario $(status | jq -c .data.scenario) $( [ -n "${KILLED:-}" ] && echo "$(( $(date +%s) - KILLED )) s after the kill")"

step "a plan applied through API A is not served stale by API B's response cache"
PAGE='query CountyPage($c: String!) { county(code: $c) { code dataVersion } }'
VARS=$(jq -cn --arg c "$COUNTY" '{c: $c}')
echo "B: $(gql "$API_B" "$ADMIN" "$PAGE" "$VARS" | jq -c .data) cache=$(header x-response-cache)"
echo "B: $(gql "$API_B" "$ADMIN" "$PAGE" "$VARS" | jq -c .data) cache=$(header x-response-cache)"
echo "A apply: $(gql "$API_A" "$ADMIN" 'mutation($id: ID!) { applyScenario(id: $id) { status } }' "$(jq -cn --arg id "$SCENARIO_ID" '{id: $id}')" | jq -c .)"
echo "B: $(gql "$API_B" "$ADMIN" "$PAGE" "$VARS" | jq -c .data) cache=$(header x-response-cache)"

step "metrics (API A's metrics port; not on the proxy)"
curl -sS "$METRICS" | grep -E '^junheng_(graphql_request_duration_seconds_count|graphql_errors_total|response_cache_lookups_total|queue_jobs)' | head -20
echo "proxy /metrics: HTTP $(curl -s -o /dev/null -w '%{http_code}' "$PROXY/metrics")"
