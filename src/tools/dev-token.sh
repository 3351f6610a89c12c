#!/usr/bin/env bash
# Prints a bearer token for trying writes on a local Eventline, signed with a local key pair that
# this script makes on first use (openssl only). Start the service trusting that key:
#   MP_JWT_VERIFY_PUBLICKEY_LOCATION=$HOME/.eventline/dev-jwt/public.pem java -Xmx512m -jar target/quarkus-app/quarkus-run.jar
# Usage: src/tools/dev-token.sh [role ...]   (default role: editor; admin may also retire events)
# The key never leaves this machine; never point a public deployment at it.
set -euo pipefail

key_dir="${EVENTLINE_DEV_KEYS:-$HOME/.eventline/dev-jwt}"
issuer="${MP_JWT_VERIFY_ISSUER:-eventline-dev}"
subject="${EVENTLINE_DEV_SUBJECT:-$(id -un)@localhost}"
hours="${EVENTLINE_DEV_TOKEN_HOURS:-8}"
roles=("${@:-editor}")

if [[ ! -f "$key_dir/private.pem" ]]; then
  mkdir -p "$key_dir" && chmod 700 "$key_dir"
  openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$key_dir/private.pem" 2>/dev/null
  openssl pkey -in "$key_dir/private.pem" -pubout -out "$key_dir/public.pem"
  echo "made a key pair in $key_dir" >&2
fi

base64url() { openssl base64 -e -A | tr '+/' '-_' | tr -d '='; }

now=$(date +%s)
groups=$(printf '"%s",' "${roles[@]}")
header=$(printf '{"alg":"RS256","typ":"JWT"}' | base64url)
payload=$(printf '{"iss":"%s","sub":"%s","upn":"%s","groups":[%s],"iat":%d,"exp":%d,"jti":"%s"}' \
  "$issuer" "$subject" "$subject" "${groups%,}" "$now" "$((now + hours * 3600))" "$(openssl rand -hex 8)" | base64url)
signature=$(printf '%s.%s' "$header" "$payload" | openssl dgst -sha256 -sign "$key_dir/private.pem" -binary | base64url)
printf '%s.%s.%s\n' "$header" "$payload" "$signature"
